using FluentValidation;
using Microsoft.EntityFrameworkCore;
using Samverkan.BuildingBlocks.Application.Errors;
using Samverkan.BuildingBlocks.Application.Messaging;
using Samverkan.BuildingBlocks.Application.Persistence;
using Samverkan.BuildingBlocks.Application.Time;
using Samverkan.BuildingBlocks.Application.Validation;
using Samverkan.BuildingBlocks.Domain;
using Samverkan.BuildingBlocks.Domain.Identity;
using Samverkan.SocialServices.Application.Access;
using Samverkan.SocialServices.Application.Features.Intakes;
using Samverkan.SocialServices.Domain.Cases;
using Samverkan.SocialServices.Domain.FollowUps;
using Samverkan.SocialServices.Domain.Rules;

namespace Samverkan.SocialServices.Application.Features.FollowUps;

/// <summary>
/// The decision to follow up the child of an investigation closed without measures, to a day at most six
/// months after the closing. <paramref name="ChildBornOn"/> is needed only when the intake did not give the
/// child's number (a school's report: the school keeps it).
/// </summary>
internal sealed record DecideFollowUp(Guid InvestigationId, DateOnly DecidedOn, DateOnly EndsOn, string Reason, DateOnly? ChildBornOn) : ICommand<Guid>;

internal sealed class DecideFollowUpValidator : AbstractValidator<DecideFollowUp>
{
    public DecideFollowUpValidator()
    {
        // A body without a date binds 0001-01-01: name the missing field instead of judging that date.
        RuleFor(c => c.DecidedOn).NotEmpty();
        RuleFor(c => c.EndsOn).NotEmpty();
        RuleFor(c => c.Reason).NotEmpty().WithMessage("Record why the child's situation is followed up.").MaximumLength(InputBounds.LongText);
    }
}

/// <summary>Opens the follow-up's deadline on its end day, for the investigation's case worker (reminders and escalation as for every deadline).</summary>
internal sealed class DecideFollowUpHandler(ISocialServicesDbContext db, CaseAccess access, CaseDeadlines deadlines, TimeProvider time)
    : ICommandHandler<DecideFollowUp, Guid>
{
    public async Task<Guid> Handle(DecideFollowUp command, CancellationToken cancellationToken)
    {
        var investigation = await access.InvestigationAsync(command.InvestigationId, cancellationToken);
        if (await db.FollowUpsAfterClosing.AnyAsync(f => f.InvestigationId == investigation.Id, cancellationToken))
        {
            throw new ConflictException("A follow-up of this investigation is decided already.");
        }

        var today = StockholmCalendar.Today(time);
        var hasInterventions = await db.Interventions.AnyAsync(x => x.InvestigationId == investigation.Id, cancellationToken);
        var bornOn = await ChildBornOnAsync(investigation.Id, command.ChildBornOn, today, cancellationToken);
        var followUp = FollowUpAfterClosing.Decide(investigation, hasInterventions, command.DecidedOn, command.EndsOn, command.Reason.Trim(), bornOn, today);
        db.FollowUpsAfterClosing.Add(followUp);
        db.RequireUnchangedUntilSaved(investigation);
        await deadlines.OpenAsync(
            DeadlineKinds.FollowUpAfterClosing, investigation.Id, investigation.DistrictCode, followUp.EndsOn, LegalRuleKeys.FollowUpAfterClosing, followUp.ClosedOn, cancellationToken);
        db.AddAuditEntry(new AuditRecord("case", investigation.Id, "follow-up-decided"));
        return followUp.Id;
    }

    // The birth date the child's number gives, when the intake that opened the investigation had one; else the one given.
    private async Task<DateOnly> ChildBornOnAsync(Guid investigationId, DateOnly? given, DateOnly today, CancellationToken cancellationToken)
    {
        var number = await db.Intakes.AsNoTracking()
            .Where(x => x.InvestigationId == investigationId)
            .Select(x => x.ChildIdentityNumber)
            .FirstOrDefaultAsync(cancellationToken);
        var fromNumber = PersonalIdentityNumber.TryParse(number, today, out var parsed, out _) ? parsed!.BirthDate : (DateOnly?)null;
        return (fromNumber, given) switch
        {
            ({ } known, { } stated) when known != stated => throw new BusinessRuleViolationException(
                "Child's birth date", $"childBornOn ({stated:yyyy-MM-dd}) differs from the birth date of the child's number ({known:yyyy-MM-dd}); leave it out."),
            ({ } known, _) => known,
            (null, { } stated) => stated,
            _ => throw new BusinessRuleViolationException(
                "Child's birth date", "childBornOn is needed: the intake gave no number, and the child's age decides whose consent contacts with others need."),
        };
    }
}
