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
        var failures = InputInspector.Inspect(request, string.Empty, null)
            .Select(failure => new ValidationFailure(failure.Path, failure.Message))
            .ToList();
        foreach (var validator in validators)
        {
            var result = await validator.ValidateAsync(new ValidationContext<TRequest>(request), cancellationToken);
            failures.AddRange(result.Errors);
        }

        if (failures.Count > 0)
        {
            throw new ValidationException(failures);
        }

        return await next();
    }
}
