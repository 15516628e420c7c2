using System.ComponentModel.DataAnnotations;
using MediatR;
using Microsoft.EntityFrameworkCore;
using Samverkan.BuildingBlocks.Application.Documentation;
using Samverkan.BuildingBlocks.Application.Errors;
using Samverkan.BuildingBlocks.Application.Messaging;
using Samverkan.BuildingBlocks.Application.Security;
using Samverkan.BuildingBlocks.Application.Validation;
using Samverkan.SchoolAttendance.Domain.Absence;

namespace Samverkan.SchoolAttendance.Application.Features.Absence.ConfigureAbsenceLadder;

public sealed record LadderStepInput(
    [MaxLength(InputBounds.Name)] string Name, [property: ValuesOf(typeof(AbsenceMeasures))][MaxLength(InputBounds.Code)] string Measure, [Range(typeof(decimal), "0", "100")] decimal ThresholdPercent,
    [Range(0, 365)] int DueWithinDays, [MaxLength(InputBounds.Line)] string? RuleReference);

internal sealed record ConfigureAbsenceLadder(Guid OrganiserId, IReadOnlyList<LadderStepInput> Steps) : ICommand<Unit>;

/// <summary>Replaces an organiser's escalation ladder; only someone acting for that organiser may.</summary>
internal sealed class ConfigureAbsenceLadderHandler(ISchoolAttendanceDbContext db, ICurrentUser user) : ICommandHandler<ConfigureAbsenceLadder, Unit>
{
    private const string LocalLadder = "Huvudmannens frånvarotrappa";

    public async Task<Unit> Handle(ConfigureAbsenceLadder command, CancellationToken cancellationToken)
    {
        if (!user.IsInRole(Roles.SchoolOrganiser) || user.OrganisationId != command.OrganiserId)
        {
            throw new ForbiddenException("Only the organiser configures its own absence ladder.");
        }

        db.AbsenceLadderSteps.RemoveRange(await db.AbsenceLadderSteps.Where(s => s.OrganiserId == command.OrganiserId).ToListAsync(cancellationToken));
        db.AbsenceLadderSteps.AddRange(command.Steps.Select((step, index) => new AbsenceLadderStep(
            command.OrganiserId, index + 1, step.Name, step.Measure, step.ThresholdPercent, step.DueWithinDays,
            string.IsNullOrWhiteSpace(step.RuleReference) ? LocalLadder : step.RuleReference)));
        return Unit.Value;
    }
}
