using Samverkan.BuildingBlocks.Domain;
using Samverkan.SchoolAttendance.Domain.Pupils;
using Samverkan.SchoolAttendance.Domain.Rules;

namespace Samverkan.SchoolAttendance.Domain.Suspensions;

/// <summary>What the decider asks for; the dates are Stockholm calendar dates, both inclusive.</summary>
public sealed record SuspensionRequest(
    DateOnly StartDate, DateOnly EndDate, string Decider, string Reason, DateOnly? HearingHeldOn, string? HearingNotes,
    string? CompensatoryTeaching, DateOnly? SocialServicesConsultedOn);

/// <summary>
/// A suspension (avstängning, Skollagen 5 kap.). It cannot be constructed against the law: every limit is
/// checked in <see cref="Decide"/> against the pupil's earlier suspensions, and a breach names its paragraph.
/// </summary>
public sealed class Suspension
{
    private const int OneWeek = 7;
    private const int TwoWeeks = 14;
    private const int CompulsoryPerHalfYear = 2;

    private Suspension()
    {
    }

    public Guid Id { get; private set; }

    public Guid PupilId { get; private set; }

    public Guid SchoolId { get; private set; }

    public string SchoolForm { get; private set; } = string.Empty;

    public DateOnly StartDate { get; private set; }

    public DateOnly EndDate { get; private set; }

    public DateOnly DecidedOn { get; private set; }

    public string DecidedBy { get; private set; } = string.Empty;

    public string Decider { get; private set; } = string.Empty;

    public string Reason { get; private set; } = string.Empty;

    public DateOnly HearingHeldOn { get; private set; }

    public string? HearingNotes { get; private set; }

    public string? CompensatoryTeaching { get; private set; }

    public DateOnly? SocialServicesConsultedOn { get; private set; }

    /// <summary>The pupil was under 18 on the decision date, so the social welfare board is informed.</summary>
    public bool SocialServicesInformed { get; private set; }

    public int Days => EndDate.DayNumber - StartDate.DayNumber + 1;

    public static Suspension Decide(Pupil pupil, IReadOnlyCollection<Suspension> earlier, SuspensionRequest request, string decidedBy, DateOnly today)
    {
        var compulsory = pupil.SchoolForm == SchoolForms.Compulsory;
        var halfYear = CalendarHalfYear.Of(request.StartDate);
        var sameHalfYear = earlier.Where(s => halfYear.Contains(s.StartDate)).ToList();
        var days = request.EndDate.DayNumber - request.StartDate.DayNumber + 1;

        LegalRuleCatalogue.Require(
            request.Decider == SuspensionDeciders.Principal || (!compulsory && request.Decider == SuspensionDeciders.Organiser),
            LegalRuleKeys.SuspensionDecidedBy, today, compulsory ? "In compulsory school only the principal decides." : "Only the principal or the organiser decides.");
        LegalRuleCatalogue.Require(
            request.HearingHeldOn is { } heard && heard <= today, LegalRuleKeys.SuspensionHearing, today, "Record the date of the hearing, on or before the decision.");

        if (compulsory)
        {
            LegalRuleCatalogue.Require(days <= OneWeek, LegalRuleKeys.CompulsorySuspensionLength, today, $"This suspension lasts {days} days.");
            LegalRuleCatalogue.Require(
                sameHalfYear.Count < CompulsoryPerHalfYear, LegalRuleKeys.CompulsorySuspensionCount, today,
                $"The pupil was already suspended {sameHalfYear.Count} times in the half-year from {halfYear.Start:yyyy-MM-dd}.");
            LegalRuleCatalogue.Require(
                !string.IsNullOrWhiteSpace(request.CompensatoryTeaching), LegalRuleKeys.CompensatoryTeaching, today, "Record the compensatory teaching offered.");
        }
        else if (request.Decider == SuspensionDeciders.Principal)
        {
            var byPrincipal = sameHalfYear.Where(s => s.Decider == SuspensionDeciders.Principal).Sum(s => s.Days);
            LegalRuleCatalogue.Require(
                byPrincipal + days <= TwoWeeks, LegalRuleKeys.UpperSecondaryPrincipalLimit, today,
                $"The principal has suspended {byPrincipal} days this half-year; {days} more would exceed {TwoWeeks}.");
        }
        else
        {
            var latestEnd = CalendarHalfYear.Of(today).Plus(3).End;
            LegalRuleCatalogue.Require(
                request.EndDate <= latestEnd, LegalRuleKeys.UpperSecondaryOrganiserLimit, today, $"The suspension may last until {latestEnd:yyyy-MM-dd} at the latest.");
        }

        var under18 = pupil.IsUnder18On(today);
        if (!compulsory && under18)
        {
            LegalRuleCatalogue.Require(
                sameHalfYear.Sum(s => s.Days) + days <= TwoWeeks || request.SocialServicesConsultedOn is { } consulted && consulted <= today,
                LegalRuleKeys.UpperSecondaryConsultation, today, "Record when social services were consulted before deciding more than two weeks.");
        }

        // After the legal limits, so a request breaking one is told its paragraph.
        if (earlier.FirstOrDefault(s => s.StartDate <= request.EndDate && request.StartDate <= s.EndDate) is { } overlapping)
        {
            throw new BusinessRuleViolationException(
                "Suspension overlaps", $"The pupil is already suspended from {overlapping.StartDate:yyyy-MM-dd} to {overlapping.EndDate:yyyy-MM-dd}.");
        }

        return new Suspension
        {
            Id = Guid.NewGuid(),
            PupilId = pupil.Id,
            SchoolId = pupil.SchoolId,
            SchoolForm = pupil.SchoolForm,
            StartDate = request.StartDate,
            EndDate = request.EndDate,
            DecidedOn = today,
            DecidedBy = decidedBy,
            Decider = request.Decider,
            Reason = request.Reason,
            HearingHeldOn = request.HearingHeldOn!.Value,
            HearingNotes = request.HearingNotes,
            CompensatoryTeaching = request.CompensatoryTeaching,
            SocialServicesConsultedOn = request.SocialServicesConsultedOn,
            SocialServicesInformed = under18,
        };
    }
}
