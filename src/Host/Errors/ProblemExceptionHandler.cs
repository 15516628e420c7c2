using FluentValidation;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using Samverkan.BuildingBlocks.Application.Errors;
using Samverkan.BuildingBlocks.Domain;
using Samverkan.BuildingBlocks.Infrastructure.Concurrency;
using Samverkan.BuildingBlocks.Infrastructure.Modules;

namespace Samverkan.Host.Errors;

/// <summary>
/// Maps exceptions to problem responses: 400 invalid input (all field errors at once), 403, 404, 409, 422 a
/// broken rule named; a lost race is 409 naming the resource (a version conflict) or what already exists (a
/// unique index); 503 while the database cannot be reached (DatabaseOutage). Anything else is a 500 that says
/// only that it failed and gives the trace id; the
/// exception is logged, and its text, stack trace or SQL never reaches the caller.
/// </summary>
internal sealed partial class ProblemExceptionHandler(IProblemDetailsService problems, DatabaseOutage outage, ILogger<ProblemExceptionHandler> logger) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        var problem = exception switch
        {
            ValidationException validation => ValidationProblem(validation),
            // Unreadable input names the field; Kestrel's other refusals (a chunked body over the size limit: 413) keep their status.
            BadHttpRequestException { StatusCode: StatusCodes.Status400BadRequest or StatusCodes.Status415UnsupportedMediaType } unreadable => UnreadableRequest.Problem(unreadable),
            BadHttpRequestException badRequest => Problem(badRequest.StatusCode, "The request could not be read", badRequest.Message),
            NotFoundException notFound => Problem(StatusCodes.Status404NotFound, "Not found", notFound.Message),
            ForbiddenException forbidden => Problem(StatusCodes.Status403Forbidden, "Forbidden", forbidden.Message),
            ConflictException conflict => Problem(StatusCodes.Status409Conflict, "Conflict", conflict.Message),
            BusinessRuleViolationException rule => RuleProblem(rule),
            DbUpdateConcurrencyException concurrency => ConcurrencyProblem(concurrency),
            DbUpdateException { InnerException: PostgresException { SqlState: PostgresErrorCodes.UniqueViolation } unique } update =>
                Problem(StatusCodes.Status409Conflict, "Conflict", UniqueConflictMessage(httpContext, update, unique.ConstraintName)),
            PreconditionFailedException => Problem(StatusCodes.Status412PreconditionFailed, "Changed since you read it", exception.Message),
            _ => null,
        };

        if (problem is null && DatabaseOutage.IsUnreachable(exception))
        {
            outage.Report(exception);
            httpContext.Response.Headers.RetryAfter = DatabaseOutage.RetryAfterSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
            problem = Problem(StatusCodes.Status503ServiceUnavailable, "The service is unavailable", "The database cannot be reached for a moment; try again (Retry-After).");
        }

        if (problem is null)
        {
            LogUnhandled(exception);
            problem = Problem(StatusCodes.Status500InternalServerError, "An unexpected error occurred", "The error is logged; quote the traceId when reporting it.");
        }

        httpContext.Response.StatusCode = problem.Status!.Value;
        return await problems.TryWriteAsync(new ProblemDetailsContext { HttpContext = httpContext, ProblemDetails = problem, Exception = exception });
    }

    // Two requests read the same version of an aggregate and both saved: the later one lost and is told which
    // resource to read again. Sent with If-Match, the ETag filter answers 412 instead.
    private static ProblemDetails ConcurrencyProblem(DbUpdateConcurrencyException concurrency)
    {
        var resource = concurrency.Entries.Select(entry => AggregateVersioning.AggregateNameOf(entry.Metadata)).FirstOrDefault(name => name is not null) ?? "record";
        var problem = Problem(StatusCodes.Status409Conflict, "Changed at the same moment",
            $"The {resource} was changed by another request at the same moment; read it again and retry if it still applies.");
        problem.Extensions["resource"] = resource;
        return problem;
    }

    // The message declared beside the unique index or key that the request lost on (UniqueConflicts).
    private static string UniqueConflictMessage(HttpContext httpContext, DbUpdateException update, string? constraintName)
    {
        var models = update.Entries.Select(entry => entry.Context.Model)
            .Concat(httpContext.RequestServices.GetRequiredService<ModuleRegistry>().Modules
                .Select(module => ((DbContext)httpContext.RequestServices.GetRequiredService(module.DbContextType)).Model));
        return models.Select(model => UniqueConflicts.MessageFor(model, constraintName)).FirstOrDefault(message => message is not null)
            ?? "The request would create something that already exists.";
    }

    private static ProblemDetails Problem(int status, string title, string detail) => new() { Status = status, Title = title, Detail = detail };

    private static HttpValidationProblemDetails ValidationProblem(ValidationException validation) =>
        new(validation.Errors
            .GroupBy(error => ToCamelCase(error.PropertyName))
            .ToDictionary(group => group.Key, group => group.Select(error => error.ErrorMessage).Distinct().ToArray()))
        {
            Status = StatusCodes.Status400BadRequest,
            Title = "The request is not valid",
            Detail = "See errors: each names a field and what is wrong with it.",
        };

    private static ProblemDetails RuleProblem(BusinessRuleViolationException rule)
    {
        var problem = Problem(StatusCodes.Status422UnprocessableEntity, "A rule does not allow this", rule.Message);
        problem.Extensions["rule"] = rule.Rule;
        return problem;
    }

    private static string ToCamelCase(string propertyName) =>
        string.Join('.', propertyName.Split('.').Select(part => part.Length == 0 ? part : char.ToLowerInvariant(part[0]) + part[1..]));

    [LoggerMessage(Level = LogLevel.Error, Message = "Unhandled exception")]
    private partial void LogUnhandled(Exception exception);
}
