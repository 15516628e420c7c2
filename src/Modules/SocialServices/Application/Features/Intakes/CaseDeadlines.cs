using Microsoft.EntityFrameworkCore;
using Samverkan.BuildingBlocks.Domain;
using Samverkan.BuildingBlocks.Domain.Deadlines;
using Samverkan.SocialServices.Domain.Rules;

namespace Samverkan.SocialServices.Application.Features.Intakes;

/// <summary>
/// Opens and meets this module's deadlines with the rule in force on the day they start, and makes the home
/// district's social services responsible (the reminder engine routes on it).
/// </summary>
internal sealed class CaseDeadlines(ISocialServicesDbContext db, TimeProvider time)
{
    private readonly Dictionary<string, Guid> _responsible = [];

    public async Task OpenAsync(string kind, Guid subjectId, string districtCode, DateOnly dueDate, string ruleReference, CancellationToken cancellationToken)
    {
        var responsible = await ResponsibleOrganisationAsync(districtCode, cancellationToken);
        var caseWorker = await CaseWorkerOfAsync(subjectId, cancellationToken);
        db.Deadlines.Add(Deadline.Open(kind, subjectId, districtCode, responsible, caseWorker, dueDate, ruleReference, time.GetUtcNow()));
    }

    /// <summary>Moves the deadlines still running for the case to its new case worker (reminders follow them).</summary>
    public async Task AssignAsync(Guid subjectId, string caseWorkerUserId, CancellationToken cancellationToken)
    {
        var running = await db.Deadlines
            .Where(d => d.SubjectId == subjectId && (d.Status == DeadlineStatus.Open || d.Status == DeadlineStatus.Breached))
            .ToListAsync(cancellationToken);
        running.ForEach(d => d.AssignTo(caseWorkerUserId));
    }

    public Task OpenAsync(string kind, Guid subjectId, string districtCode, DateOnly dueDate, string ruleKey, DateOnly ruleDate, CancellationToken cancellationToken) =>
        OpenAsync(kind, subjectId, districtCode, dueDate, LegalRuleCatalogue.Required(ruleKey, ruleDate).Reference, cancellationToken);

    /// <summary>The open (or breached) deadline of this kind for the subject, if any.</summary>
    public Task<Deadline?> CurrentAsync(Guid subjectId, string kind, CancellationToken cancellationToken) =>
        db.Deadlines
            .Where(d => d.SubjectId == subjectId && d.Kind == kind && (d.Status == DeadlineStatus.Open || d.Status == DeadlineStatus.Breached))
            .OrderByDescending(d => d.CreatedAt)
            .FirstOrDefaultAsync(cancellationToken);

    public async Task MeetAsync(Guid subjectId, string kind, CancellationToken cancellationToken)
    {
        var deadline = await CurrentAsync(subjectId, kind, cancellationToken);
        deadline?.Meet(time.GetUtcNow());
    }

    // The intake's or investigation's case worker, if one is assigned (intervention follow-ups stay with the unit).
    private async Task<string?> CaseWorkerOfAsync(Guid subjectId, CancellationToken cancellationToken) =>
        (await db.Intakes.FindAsync([subjectId], cancellationToken))?.CaseWorkerUserId
        ?? (await db.Investigations.FindAsync([subjectId], cancellationToken))?.CaseWorkerUserId;

    // The district's own social services: of those covering the district, the one covering fewest districts
    // (a city-wide coordination office also covers it, but does not handle its cases).
    private async Task<Guid> ResponsibleOrganisationAsync(string districtCode, CancellationToken cancellationToken)
    {
        // One decision opens several deadlines for the same district (investigation, notice, feedback).
        if (_responsible.TryGetValue(districtCode, out var known))
        {
            return known;
        }

        var candidates = await db.KnownOrganisations
            .Where(o => o.Kind == "social-services" && o.DistrictCodes.Contains(districtCode))
            .Select(o => new { o.Id, Districts = o.DistrictCodes.Count })
            .ToListAsync(cancellationToken);
        return _responsible[districtCode] = candidates.Count > 0
            ? candidates.OrderBy(o => o.Districts).ThenBy(o => o.Id).First().Id
            : throw new BusinessRuleViolationException(
                "Responsible social services", $"No social services unit covers district '{districtCode}' in the directory, so no one could answer for the deadline.");
    }
}
