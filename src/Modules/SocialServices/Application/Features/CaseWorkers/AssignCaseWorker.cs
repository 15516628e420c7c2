using FluentValidation;
using MediatR;
using Microsoft.EntityFrameworkCore;
using Samverkan.BuildingBlocks.Application.Errors;
using Samverkan.BuildingBlocks.Application.Messaging;
using Samverkan.BuildingBlocks.Application.Persistence;
using Samverkan.BuildingBlocks.Application.Security;
using Samverkan.BuildingBlocks.Domain;
using Samverkan.SocialServices.Application.Access;
using Samverkan.SocialServices.Application.Features.Intakes;
using Samverkan.SocialServices.Domain.Cases;
using Samverkan.SocialServices.Domain.Staff;

namespace Samverkan.SocialServices.Application.Features.CaseWorkers;

/// <summary>The kinds of case a case worker is assigned to.</summary>
public static class CaseKinds
{
    public const string Intake = "intake";
    public const string Investigation = "investigation";

    public static readonly IReadOnlyList<string> All = [Intake, Investigation];
}

/// <summary>A unit manager assigns, or reassigns, the case worker of an intake or an investigation of the unit.</summary>
internal sealed record AssignCaseWorker(string CaseKind, Guid CaseId, string CaseWorkerUserId) : ICommand<Unit>;

internal sealed class AssignCaseWorkerValidator : AbstractValidator<AssignCaseWorker>
{
    public AssignCaseWorkerValidator() => RuleFor(c => c.CaseWorkerUserId).NotEmpty().MaximumLength(ClaimLimits.UserIdLength);
}

/// <summary>
/// Checks the person is on the unit's roster (the manager's organisation, the case's district), records the
/// assignment in the history, moves the case's running deadlines to them (their reminders follow, through
/// DeadlineReassigned) and, for an intake, meets the deadline to assign one.
/// </summary>
internal sealed class AssignCaseWorkerHandler(ISocialServicesDbContext db, CaseAccess access, CaseDeadlines deadlines, ICurrentUser user, TimeProvider time)
    : ICommandHandler<AssignCaseWorker, Unit>
{
    public async Task<Unit> Handle(AssignCaseWorker command, CancellationToken cancellationToken)
    {
        var caseWorker = command.CaseWorkerUserId.Trim();
        var (districtCode, current) = command.CaseKind == CaseKinds.Intake
            ? await IntakeAsync(command.CaseId, cancellationToken)
            : await InvestigationAsync(command.CaseId, cancellationToken);
        access.RequireUnitManagerOf(districtCode);
        if (!await db.CaseWorkers.AnyAsync(w => w.OrganisationId == user.OrganisationId && w.DistrictCode == districtCode && w.UserId == caseWorker, cancellationToken))
        {
            throw new BusinessRuleViolationException(
                "Case worker of the unit", $"caseWorkerUserId must be a case worker of your unit (your organisation in district '{districtCode}'); register them first.");
        }

        if (current == caseWorker)
        {
            throw new ConflictException($"The {command.CaseKind} is already assigned to that case worker.");
        }

        db.CaseAssignments.Add(CaseAssignment.Record(command.CaseKind, command.CaseId, current, caseWorker, user.UserId, time.GetUtcNow()));
        db.AddAuditEntry(new AuditRecord("case", command.CaseId, current is null ? "case-worker-assigned" : "case-worker-reassigned"));
        await deadlines.AssignAsync(command.CaseId, caseWorker, cancellationToken);
        if (command.CaseKind == CaseKinds.Intake)
        {
            (await db.Intakes.FindAsync([command.CaseId], cancellationToken))!.AssignCaseWorker(caseWorker);
            await deadlines.MeetAsync(command.CaseId, DeadlineKinds.CaseWorkerAssignment, cancellationToken);
        }
        else
        {
            (await db.Investigations.FindAsync([command.CaseId], cancellationToken))!.AssignCaseWorker(caseWorker);
        }

        return Unit.Value;
    }

    private async Task<(string District, string? Current)> IntakeAsync(Guid id, CancellationToken cancellationToken)
    {
        var intake = await access.IntakeAsync(id, cancellationToken);
        return (intake.DistrictCode, intake.CaseWorkerUserId);
    }

    private async Task<(string District, string? Current)> InvestigationAsync(Guid id, CancellationToken cancellationToken)
    {
        var investigation = await access.InvestigationAsync(id, cancellationToken);
        return (investigation.DistrictCode, investigation.CaseWorkerUserId);
    }
}
