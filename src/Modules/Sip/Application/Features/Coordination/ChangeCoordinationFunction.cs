using FluentValidation;
using MediatR;
using Samverkan.BuildingBlocks.Application.Errors;
using Samverkan.BuildingBlocks.Application.Messaging;
using Samverkan.BuildingBlocks.Application.Security;
using Samverkan.BuildingBlocks.Application.Validation;

namespace Samverkan.Sip.Application.Features.Coordination;

/// <summary>A new coordinator or a vacancy (null), and the period the function runs.</summary>
internal sealed record ChangeCoordinationFunction(Guid FunctionId, string? CoordinatorUserId, DateOnly ValidFrom, DateOnly? ValidUntil) : ICommand<Unit>;

internal sealed class ChangeCoordinationFunctionHandler(ISipDbContext db, ICurrentUser user) : ICommandHandler<ChangeCoordinationFunction, Unit>
{
    public async Task<Unit> Handle(ChangeCoordinationFunction command, CancellationToken cancellationToken)
    {
        var function = await db.CoordinationFunctions.FindAsync([command.FunctionId], cancellationToken)
            ?? throw new NotFoundException($"No coordination function {command.FunctionId}.");
        CoordinationManagers.Require(user, function.DistrictCodes);
        function.Change(command.CoordinatorUserId, command.ValidFrom, command.ValidUntil);
        return Unit.Value;
    }
}

internal sealed class ChangeCoordinationFunctionValidator : AbstractValidator<ChangeCoordinationFunction>
{
    public ChangeCoordinationFunctionValidator()
    {
        RuleFor(c => c.CoordinatorUserId).MaximumLength(InputBounds.Name);
        RuleFor(c => c.ValidUntil).GreaterThanOrEqualTo(c => c.ValidFrom).When(c => c.ValidUntil is not null).WithMessage("The function ends on or after it begins.");
    }
}
