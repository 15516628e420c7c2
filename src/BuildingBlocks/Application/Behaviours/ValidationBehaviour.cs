using FluentValidation;
using FluentValidation.Results;
using MediatR;
using Samverkan.BuildingBlocks.Application.Validation;

namespace Samverkan.BuildingBlocks.Application.Behaviours;

/// <summary>
/// Runs every validator of the request and reports all failures at once (one 400 problem response with
/// field errors), before any transaction is opened. The rules every field shares (no control characters, no
/// null list elements: InputInspector) are checked on every request too, whoever sends it (API, console, jobs).
/// </summary>
public sealed class ValidationBehaviour<TRequest, TResponse>(IEnumerable<IValidator<TRequest>> validators)
    : IPipelineBehavior<TRequest, TResponse>
{
    public async Task<TResponse> Handle(TRequest request, CancellationToken cancellationToken, RequestHandlerDelegate<TResponse> next)
    {
        // The API's filter inspected the request already (in the API's field names); anything else is inspected here.
        var inputFailures = PendingInputFailures.Take() ?? InputInspector.Inspect(request, string.Empty, null);
        var failures = inputFailures.Select(failure => new ValidationFailure(failure.Path, failure.Message)).ToList();
        var reported = inputFailures.Select(failure => failure.Path).ToHashSet(StringComparer.OrdinalIgnoreCase);

        // A list with a null element is no shape a validator expects (it would read the element): the bounds say enough.
        var validatable = !inputFailures.Any(failure => failure.Message == InputInspector.NullElementMessage);
        foreach (var validator in validatable ? validators : [])
        {
            var result = await validator.ValidateAsync(new ValidationContext<TRequest>(request), cancellationToken);

            // A field the bounds already refused is named once, by the bound.
            failures.AddRange(result.Errors.Where(error => !reported.Contains(error.PropertyName)));
        }

        if (failures.Count > 0)
        {
            throw new ValidationException(failures);
        }

        return await next();
    }
}
