using FluentValidation;
using Microsoft.EntityFrameworkCore;
using Samverkan.BuildingBlocks.Application.Messaging;
using Samverkan.BuildingBlocks.Application.Security;
using Samverkan.BuildingBlocks.Application.Validation;
using Samverkan.BuildingBlocks.Domain;
using Samverkan.Sip.Domain.Coordination;

namespace Samverkan.Sip.Application.Features.Coordination;

/// <summary>A district's code, or a local BUS group's id and name with the districts it covers (as data: Sip never reads Bus's tables).</summary>
internal sealed record EstablishCoordinationFunction(
    string Name, string AreaKind, string AreaId, string AreaName, IReadOnlyList<string> DistrictCodes, string? CoordinatorUserId, DateOnly ValidFrom, DateOnly? ValidUntil) : ICommand<Guid>;

internal sealed class EstablishCoordinationFunctionHandler(ISipDbContext db, ICurrentUser user, TimeProvider time) : ICommandHandler<EstablishCoordinationFunction, Guid>
{
    public async Task<Guid> Handle(EstablishCoordinationFunction command, CancellationToken cancellationToken)
    {
        var districts = command.AreaKind == CoordinationAreaKinds.District ? [command.AreaId] : command.DistrictCodes;
        CoordinationManagers.Require(user, districts);
        var known = await db.KnownDistricts.AsNoTracking().Where(d => districts.Contains(d.Code)).Select(d => d.Code).ToListAsync(cancellationToken);
        if (districts.FirstOrDefault(d => !known.Contains(d)) is { } unknown)
        {
            throw new BusinessRuleViolationException("Known district", $"District '{unknown}' is not in the directory.");
        }

        var function = CoordinationFunction.Establish(
            command.Name, command.AreaKind, command.AreaId, command.AreaName, districts, command.CoordinatorUserId, command.ValidFrom, command.ValidUntil, time.GetUtcNow());
        db.CoordinationFunctions.Add(function);
        return function.Id;
    }
}

internal sealed class EstablishCoordinationFunctionValidator : AbstractValidator<EstablishCoordinationFunction>
{
    public EstablishCoordinationFunctionValidator()
    {
        RuleFor(c => c.Name).NotEmpty().MaximumLength(InputBounds.Name);
        RuleFor(c => c.AreaKind).Must(CoordinationAreaKinds.All.Contains).WithMessage($"The area is one of: {string.Join(", ", CoordinationAreaKinds.All)}.");
        RuleFor(c => c.AreaId).NotEmpty().MaximumLength(InputBounds.Code);
        RuleFor(c => c.AreaName).NotEmpty().MaximumLength(InputBounds.Name);
        RuleFor(c => c.DistrictCodes).Must(d => d.Count <= 20).WithMessage("At most 20 districts.");
        RuleForEach(c => c.DistrictCodes).NotEmpty().MaximumLength(InputBounds.Code);
        RuleFor(c => c.CoordinatorUserId).MaximumLength(InputBounds.Name);
        RuleFor(c => c.ValidUntil).GreaterThanOrEqualTo(c => c.ValidFrom).When(c => c.ValidUntil is not null).WithMessage("The function ends on or after it begins.");
    }
}
