using FluentValidation;
using MediatR;
using Samverkan.BuildingBlocks.Application.Messaging;
using Samverkan.BuildingBlocks.Application.Persistence;
using Samverkan.BuildingBlocks.Application.Time;
using Samverkan.BuildingBlocks.Application.Validation;
using Samverkan.SocialServices.Application.Access;
using Samverkan.SocialServices.Application.Features.Intakes;
using Samverkan.SocialServices.Domain.Cases;
using Samverkan.SocialServices.Domain.FollowUps;

namespace Samverkan.SocialServices.Application.Features.FollowUps;

/// <summary>Ends the follow-up with its outcome and meets its deadline (its reminders stop).</summary>
internal sealed record EndFollowUp(Guid FollowUpId, string Outcome, string? Note, DateOnly EndedOn) : ICommand<Unit>;

internal sealed class EndFollowUpValidator : AbstractValidator<EndFollowUp>
{
    public EndFollowUpValidator()
    {
        RuleFor(c => c.Outcome).Must(FollowUpOutcomes.All.Contains).WithMessage($"outcome must be one of: {string.Join(", ", FollowUpOutcomes.All)}.");
        RuleFor(c => c.EndedOn).NotEmpty();
        RuleFor(c => c.Note).MaximumLength(InputBounds.LongText);
    }
}

internal sealed class EndFollowUpHandler(ISocialServicesDbContext db, CaseAccess access, CaseDeadlines deadlines, TimeProvider time) : ICommandHandler<EndFollowUp, Unit>
{
    public async Task<Unit> Handle(EndFollowUp command, CancellationToken cancellationToken)
    {
        var followUp = await access.FollowUpAsync(command.FollowUpId, cancellationToken);
        followUp.End(command.Outcome, command.Note?.Trim(), command.EndedOn, StockholmCalendar.Today(time));
        await deadlines.MeetAsync(followUp.InvestigationId, DeadlineKinds.FollowUpAfterClosing, cancellationToken);
        db.AddAuditEntry(new AuditRecord("case", followUp.InvestigationId, "follow-up-ended"));
        return Unit.Value;
    }
}
