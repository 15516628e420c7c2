using Microsoft.EntityFrameworkCore;
using Samverkan.BuildingBlocks.Application.Documentation;
using Samverkan.BuildingBlocks.Application.Messaging;
using Samverkan.BuildingBlocks.Application.Persistence;
using Samverkan.BuildingBlocks.Application.Time;
using Samverkan.BuildingBlocks.Domain.Identity;
using Samverkan.SocialServices.Application.Access;
using Samverkan.SocialServices.Application.Features.CaseWorkers;
using Samverkan.SocialServices.Domain.Cases;

namespace Samverkan.SocialServices.Application.Features.Intakes.GetIntake;

/// <summary>A deadline; NextWorkingDay only informs when the strict due date is a weekend or holiday (it never replaces it).</summary>
public sealed record DeadlineDto(string Kind, DateOnly DueDate, string Status, string RuleReference, string? Reason, DateOnly? NextWorkingDay = null);

public sealed record IntakeDto(
    Guid Id, Guid PupilId, string DistrictCode, Guid ReporterOrganisationId, [property: ValuesOf(typeof(IntakeSources))] string Source, DateTimeOffset ReceivedAt,
    DateTimeOffset? ProtectionAssessedAt, Guid? JoinedInvestigationId, DateOnly? DecidedOn, bool? OpensInvestigation, string? DecisionReasons,
    Guid? InvestigationId, DateTimeOffset? FeedbackGivenAt, [property: ValuesOf(typeof(MeetingStatuses))] string MeetingStatus, IReadOnlyList<DeadlineDto> Deadlines,
    [property: ValuesOf(typeof(ReporterKinds))] string ReporterKind, string? ReporterOrganisationName, string? ReporterContactName, string? ReporterContactPhone,
    string? ReporterContactEmail, [property: ValuesOf(typeof(IntakeChannels))] string Channel, string? ChildIdentityNumber,
    [property: ValuesOf(typeof(IdentityNumberKinds))] string ChildIdentityKind, string? ChildDescription,
    string? CaseWorkerUserId, IReadOnlyList<CaseAssignmentDto> Assignments);

internal sealed record GetIntake(Guid IntakeId) : IQuery<IntakeDto>;

/// <summary>One intake of the caller's district, with its deadlines.</summary>
internal sealed class GetIntakeHandler(ISocialServicesDbContext db, CaseAccess access) : IQueryHandler<GetIntake, IntakeDto>
{
    public async Task<IntakeDto> Handle(GetIntake query, CancellationToken cancellationToken)
    {
        var i = await access.IntakeAsync(query.IntakeId, cancellationToken);
        db.AddAuditEntry(new AuditRecord("case", i.Id, "read"));
        var deadlines = await DeadlinesOf(db, i.Id, cancellationToken);
        return new IntakeDto(
            i.Id, i.PupilId, i.DistrictCode, i.ReporterOrganisationId, i.Source, i.ReceivedAt, i.ProtectionAssessedAt, i.JoinedInvestigationId,
            i.DecidedOn, i.OpensInvestigation, i.DecisionReasons, i.InvestigationId, i.FeedbackGivenAt, i.MeetingStatus, deadlines,
            i.ReporterKind, i.ReporterOrganisationName, i.ReporterContactName, i.ReporterContactPhone, i.ReporterContactEmail, i.Channel,
            i.ChildIdentityNumber, i.ChildIdentityKind, i.ChildDescription,
            i.CaseWorkerUserId, await AssignmentHistory.OfAsync(db, i.Id, cancellationToken));
    }

    public static async Task<IReadOnlyList<DeadlineDto>> DeadlinesOf(ISocialServicesDbContext db, Guid subjectId, CancellationToken cancellationToken)
    {
        var deadlines = await db.Deadlines.AsNoTracking()
            .Where(d => d.SubjectId == subjectId)
            .OrderBy(d => d.CreatedAt).ThenBy(d => d.Kind)
            .Select(d => new DeadlineDto(d.Kind, d.DueDate, d.Status.ToString(), d.RuleReference, d.Reason, null))
            .ToListAsync(cancellationToken);
        return deadlines.ConvertAll(d => SwedishWorkingDays.IsWorkingDay(d.DueDate) ? d : d with { NextWorkingDay = SwedishWorkingDays.NextWorkingDayFrom(d.DueDate) });
    }
}
