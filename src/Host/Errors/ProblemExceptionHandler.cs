using FluentValidation;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;
using Npgsql;
using Samverkan.BuildingBlocks.Application.Errors;
using Samverkan.BuildingBlocks.Domain;

namespace Samverkan.Host.Errors;

/// <summary>
/// Maps exceptions to problem responses: 400 invalid input (all field errors at once), 403, 404, 409, 422 a
/// broken rule named. Anything else is a 500 that says only that it failed and gives the trace id; the
/// exception is logged, and its text, stack trace or SQL never reaches the caller.
/// </summary>
internal sealed partial class ProblemExceptionHandler(IProblemDetailsService problems, ILogger<ProblemExceptionHandler> logger) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        var problem = exception switch
        {
            ValidationException validation => ValidationProblem(validation),
            BadHttpRequestException badRequest => UnreadableRequest.Problem(badRequest),
            NotFoundException notFound => Problem(StatusCodes.Status404NotFound, "Not found", notFound.Message),
            ForbiddenException forbidden => Problem(StatusCodes.Status403Forbidden, "Forbidden", forbidden.Message),
            ConflictException conflict => Problem(StatusCodes.Status409Conflict, "Conflict", conflict.Message),
            BusinessRuleViolationException rule => RuleProblem(rule),
            Microsoft.EntityFrameworkCore.DbUpdateException { InnerException: PostgresException { SqlState: PostgresErrorCodes.UniqueViolation } } =>
                Problem(StatusCodes.Status409Conflict, "Conflict", "The request would create something that already exists."),
            _ => null,
        };

        if (problem is null)
        {
            LogUnhandled(exception);
            problem = Problem(StatusCodes.Status500InternalServerError, "An unexpected error occurred", "The error is logged; quote the traceId when reporting it.");
        }

        httpContext.Response.StatusCode = problem.Status!.Value;
        return await problems.TryWriteAsync(new ProblemDetailsContext { HttpContext = httpContext, ProblemDetails = problem, Exception = exception });
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
