using FluentValidation;
using Samverkan.BuildingBlocks.Application.Errors;
using Samverkan.BuildingBlocks.Application.Messaging;
using Samverkan.BuildingBlocks.Application.Security;
using Samverkan.BuildingBlocks.Application.Time;
using Samverkan.BuildingBlocks.Application.Validation;
using Samverkan.BuildingBlocks.Domain;
using Samverkan.Bus.Domain.Groups;

namespace Samverkan.Bus.Application.Features.Governance;

/// <summary>An activity of the document, owned by one of the group's parties and due on a date: its deadline opens at once.</summary>
internal sealed record AddActivity(Guid GroupId, Guid DocumentId, string Title, Guid OwnerOrganisationId, string? OwnerUserId, string OwnerName, DateOnly DueOn)
    : ICommand<Guid>;

/// <summary>The activity is done: its deadline is met (late if it was overdue).</summary>
internal sealed record CompleteActivity(Guid GroupId, Guid DocumentId, Guid ActivityId, DateOnly? CompletedOn) : ICommand<Guid>;

internal sealed class AddActivityHandler(IBusDbContext db, ICurrentUser user, BusDeadlines deadlines) : ICommandHandler<AddActivity, Guid>
{
    public async Task<Guid> Handle(AddActivity command, CancellationToken cancellationToken)
    {
        var (group, document) = await db.LoadDocumentAsync(command.GroupId, command.DocumentId, user, cancellationToken);
        BusAccess.EnsureHandler(user);
        var isParty = group.Seats.Any(s => s.RepresentativeOrganisationId == command.OwnerOrganisationId)
            || group.IndependentProviders.Any(p => p.OrganisationId == command.OwnerOrganisationId && p.Status == IndependentProvider.Represented);
        if (!isParty)
        {
            throw new BusinessRuleViolationException("Owner in the group", "An activity is owned by an organisation represented in the group.");
        }

        var activity = document.AddActivity(command.Title.Trim(), command.OwnerOrganisationId, command.OwnerUserId, command.OwnerName.Trim(), command.DueOn);
        deadlines.OpenActivity(group, activity);
        return activity.Id;
    }
}

internal sealed class CompleteActivityHandler(IBusDbContext db, ICurrentUser user, TimeProvider time, BusDeadlines deadlines) : ICommandHandler<CompleteActivity, Guid>
{
    public async Task<Guid> Handle(CompleteActivity command, CancellationToken cancellationToken)
    {
        var (_, document) = await db.LoadDocumentAsync(command.GroupId, command.DocumentId, user, cancellationToken);
        BusAccess.EnsureHandler(user);
        if (document.Activities.All(a => a.Id != command.ActivityId))
        {
            throw new NotFoundException($"No activity {command.ActivityId} in the governing document.");
        }

        var today = StockholmCalendar.Today(time);
        if (command.CompletedOn > today)
        {
            throw new BusinessRuleViolationException("Completed not in the future", "An activity is completed once it is done.");
        }

        document.CompleteActivity(command.ActivityId, command.CompletedOn ?? today);
        await deadlines.MeetActivityAsync(command.ActivityId, cancellationToken);
        return command.ActivityId;
    }
}

internal sealed class AddActivityValidator : AbstractValidator<AddActivity>
{
    public AddActivityValidator()
    {
        RuleFor(c => c.Title).NotEmpty().MaximumLength(InputBounds.ShortText);
        RuleFor(c => c.OwnerName).NotEmpty().MaximumLength(InputBounds.Name);
        RuleFor(c => c.OwnerUserId).MaximumLength(InputBounds.Name);
        RuleFor(c => c.OwnerOrganisationId).NotEmpty();
    }
}
