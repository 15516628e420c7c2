using FluentValidation;
using MediatR;
using Samverkan.BuildingBlocks.Application.Messaging;
using Samverkan.BuildingBlocks.Application.Persistence;
using Samverkan.BuildingBlocks.Application.Security;
using Samverkan.BuildingBlocks.Application.Time;
using Samverkan.BuildingBlocks.Application.Validation;
using Samverkan.SocialServices.Application.Access;
using Samverkan.SocialServices.Domain.FollowUps;

namespace Samverkan.SocialServices.Application.Features.FollowUps;

/// <summary>A contact the follow-up took; one with others than the child and the guardians only under a valid consent (422 otherwise).</summary>
internal sealed record RecordFollowUpContact(Guid FollowUpId, string Party, string? OtherParty, DateOnly HeldOn) : ICommand<Unit>;

internal sealed class RecordFollowUpContactValidator : AbstractValidator<RecordFollowUpContact>
{
    public RecordFollowUpContactValidator()
    {
        RuleFor(c => c.Party).Must(FollowUpContactParties.All.Contains).WithMessage($"party must be one of: {string.Join(", ", FollowUpContactParties.All)}.");
        RuleFor(c => c.HeldOn).NotEmpty();
        RuleFor(c => c.OtherParty).NotEmpty().When(c => c.Party == FollowUpContactParties.Other)
            .WithMessage("Name the other party contacted, e.g. the school.").MaximumLength(InputBounds.Name);
    }
}

internal sealed class RecordFollowUpContactHandler(ISocialServicesDbContext db, CaseAccess access, ICurrentUser user, TimeProvider time)
    : ICommandHandler<RecordFollowUpContact, Unit>
{
    public async Task<Unit> Handle(RecordFollowUpContact command, CancellationToken cancellationToken)
    {
        var followUp = await access.FollowUpAsync(command.FollowUpId, cancellationToken);
        followUp.RecordContact(command.Party, command.OtherParty?.Trim(), command.HeldOn, user.UserId, StockholmCalendar.Today(time));
        db.AddAuditEntry(new AuditRecord("case", followUp.InvestigationId, "follow-up-contact-recorded"));
        return Unit.Value;
    }
}
