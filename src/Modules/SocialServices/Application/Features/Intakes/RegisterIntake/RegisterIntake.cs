using Microsoft.EntityFrameworkCore;
using Samverkan.BuildingBlocks.Application.Integration;
using Samverkan.BuildingBlocks.Application.Persistence;
using Samverkan.BuildingBlocks.Application.Time;
using Samverkan.SchoolAttendance.Contracts;
using Samverkan.SocialServices.Application.Features.CaseWorkers;
using Samverkan.SocialServices.Domain.Rules;
using Samverkan.SocialServices.Domain.Cases;
using Samverkan.SocialServices.Domain.Staff;

namespace Samverkan.SocialServices.Application.Features.Intakes.RegisterIntake;

/// <summary>
/// Registers a report or suspension notice in the home district with its time of receipt, and opens the
/// protection assessment (at once) and, unless an investigation of the child is already open (then the
/// report is joined to it), the preliminary assessment (receipt + 14 days).
/// </summary>
internal sealed class IntakeRegistrar(ISocialServicesDbContext db, CaseDeadlines deadlines, TimeProvider time)
{
    public async Task RegisterAsync(Guid pupilId, string districtCode, Guid schoolId, string source, Guid sourceId, DateTimeOffset receivedAt, CancellationToken cancellationToken)
    {
        if (await db.Intakes.AnyAsync(i => i.SourceId == sourceId, cancellationToken))
        {
            return;
        }

        var openInvestigation = await OpenInvestigationOfAsync(pupilId, districtCode, cancellationToken);
        await AddAsync(Intake.Register(pupilId, districtCode, schoolId, source, sourceId, receivedAt, openInvestigation), cancellationToken);
    }

    /// <summary>The child's open investigation in the district, which a new report joins.</summary>
    public Task<Guid?> OpenInvestigationOfAsync(Guid childId, string districtCode, CancellationToken cancellationToken) =>
        db.Investigations
            .Where(i => i.PupilId == childId && i.DistrictCode == districtCode && i.CompletedOn == null)
            .Select(i => (Guid?)i.Id)
            .FirstOrDefaultAsync(cancellationToken);

    /// <summary>Adds the intake and opens its deadlines from the receipt, whoever reported.</summary>
    public async Task AddAsync(Intake intake, CancellationToken cancellationToken)
    {
        db.Intakes.Add(intake);
        db.AddAuditEntry(new AuditRecord("case", intake.Id, "intake-registered"));
        ReporterStatus.Publish(db, intake, time.GetUtcNow());
        var inherited = await InheritCaseWorkerAsync(intake, cancellationToken);

        var receivedAt = intake.ReceivedAt;
        var districtCode = intake.DistrictCode;
        var receivedOn = StockholmCalendar.ToLocalDate(receivedAt);
        await deadlines.OpenAsync(
            DeadlineKinds.ProtectionAssessment, intake.Id, districtCode, LegalDueDates.ProtectionAssessment(receivedAt), LegalRuleKeys.ProtectionAssessment, receivedOn, cancellationToken);
        if (!inherited)
        {
            await deadlines.OpenAsync(
                DeadlineKinds.CaseWorkerAssignment, intake.Id, districtCode, AssignmentDueDate.For(receivedAt), AssignmentDueDate.RuleReference, cancellationToken);
        }

        if (intake.JoinedInvestigationId is null)
        {
            await deadlines.OpenAsync(
                DeadlineKinds.PreliminaryAssessment, intake.Id, districtCode, LegalDueDates.PreliminaryAssessment(receivedAt), LegalRuleKeys.PreliminaryAssessment, receivedOn, cancellationToken);
        }
    }

    /// <summary>
    /// A report joined to an open investigation goes to the investigation's case worker (the history says so), so
    /// no one has to assign it and its protection assessment reminds the person who knows the child. False when the
    /// intake is not joined or the investigation has no case worker yet: then the manager assigns as usual.
    /// </summary>
    private async Task<bool> InheritCaseWorkerAsync(Intake intake, CancellationToken cancellationToken)
    {
        if (intake.JoinedInvestigationId is not { } investigationId
            || (await db.Investigations.FindAsync([investigationId], cancellationToken))?.CaseWorkerUserId is not { } caseWorker)
        {
            return false;
        }

        intake.AssignCaseWorker(caseWorker);
        db.CaseAssignments.Add(CaseAssignment.Record(CaseKinds.Intake, intake.Id, null, caseWorker, CaseAssignment.ByJoiningInvestigation, time.GetUtcNow()));
        return true;
    }
}

internal sealed class RegisterIntakeFromReport(IntakeRegistrar registrar) : IIntegrationEventHandler<ReportOfConcernSent>
{
    public Task Handle(ReportOfConcernSent integrationEvent, CancellationToken cancellationToken) =>
        registrar.RegisterAsync(
            integrationEvent.PupilId, integrationEvent.HomeDistrictCode, integrationEvent.SchoolId, IntakeSources.ReportOfConcern,
            integrationEvent.ReportId, integrationEvent.OccurredAt, cancellationToken);
}

internal sealed class RegisterIntakeFromSuspension(IntakeRegistrar registrar) : IIntegrationEventHandler<SuspensionNoticeSent>
{
    public Task Handle(SuspensionNoticeSent integrationEvent, CancellationToken cancellationToken) =>
        registrar.RegisterAsync(
            integrationEvent.PupilId, integrationEvent.HomeDistrictCode, integrationEvent.SchoolId, IntakeSources.SuspensionNotice,
            integrationEvent.SuspensionId, integrationEvent.OccurredAt, cancellationToken);
}
