using FluentValidation;
using MediatR;
using Samverkan.BuildingBlocks.Application.Errors;
using Samverkan.BuildingBlocks.Application.Messaging;
using Samverkan.BuildingBlocks.Application.Persistence;
using Samverkan.BuildingBlocks.Application.Security;
using Samverkan.BuildingBlocks.Application.Time;
using Samverkan.SocialServices.Application.Access;
using Samverkan.SocialServices.Domain.FollowUps;

namespace Samverkan.SocialServices.Application.Features.FollowUps;

/// <summary>A guardian's or the child's consent to the follow-up's contacts with others, documented by the caller.</summary>
internal sealed record RecordFollowUpConsent(Guid FollowUpId, string GivenBy, string Form, DateOnly GivenOn) : ICommand<Guid>;

internal sealed class RecordFollowUpConsentValidator : AbstractValidator<RecordFollowUpConsent>
{
    public RecordFollowUpConsentValidator()
    {
        RuleFor(c => c.GivenBy).Must(FollowUpConsentGivers.All.Contains).WithMessage($"givenBy must be one of: {string.Join(", ", FollowUpConsentGivers.All)}.");
        RuleFor(c => c.Form).Must(ConsentForms.All.Contains).WithMessage($"form must be one of: {string.Join(", ", ConsentForms.All)}.");
        RuleFor(c => c.GivenOn).NotEmpty();
    }
}

internal sealed class RecordFollowUpConsentHandler(ISocialServicesDbContext db, CaseAccess access, ICurrentUser user, TimeProvider time)
    : ICommandHandler<RecordFollowUpConsent, Guid>
{
    public async Task<Guid> Handle(RecordFollowUpConsent command, CancellationToken cancellationToken)
    {
        var followUp = await access.FollowUpAsync(command.FollowUpId, cancellationToken);
        var consent = followUp.RecordConsent(command.GivenBy, command.Form, command.GivenOn, user.UserId, StockholmCalendar.Today(time));
        db.AddAuditEntry(new AuditRecord("case", followUp.InvestigationId, "follow-up-consent-recorded"));
        return consent.Id;
    }
}

/// <summary>Withdraws a consent from a day on: contacts with others from that day need a new one.</summary>
internal sealed record WithdrawFollowUpConsent(Guid FollowUpId, Guid ConsentId, DateOnly WithdrawnOn) : ICommand<Unit>;

internal sealed class WithdrawFollowUpConsentValidator : AbstractValidator<WithdrawFollowUpConsent>
{
    public WithdrawFollowUpConsentValidator() => RuleFor(c => c.WithdrawnOn).NotEmpty();
}

internal sealed class WithdrawFollowUpConsentHandler(ISocialServicesDbContext db, CaseAccess access, TimeProvider time)
    : ICommandHandler<WithdrawFollowUpConsent, Unit>
{
    public async Task<Unit> Handle(WithdrawFollowUpConsent command, CancellationToken cancellationToken)
    {
        var followUp = await access.FollowUpAsync(command.FollowUpId, cancellationToken);
        if (!followUp.WithdrawConsent(command.ConsentId, command.WithdrawnOn, StockholmCalendar.Today(time)))
        {
            throw new NotFoundException($"No consent {command.ConsentId} in this follow-up.");
        }

        db.AddAuditEntry(new AuditRecord("case", followUp.InvestigationId, "follow-up-consent-withdrawn"));
        return Unit.Value;
    }
}
