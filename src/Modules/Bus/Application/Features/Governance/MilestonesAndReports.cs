using FluentValidation;
using Samverkan.BuildingBlocks.Application.Errors;
using Samverkan.BuildingBlocks.Application.Messaging;
using Samverkan.BuildingBlocks.Application.Security;
using Samverkan.BuildingBlocks.Application.Time;
using Samverkan.BuildingBlocks.Application.Validation;
using Samverkan.BuildingBlocks.Domain;

namespace Samverkan.Bus.Application.Features.Governance;

internal sealed record AddMilestone(Guid GroupId, Guid DocumentId, string Title, DateOnly DueOn) : ICommand<Guid>;

internal sealed record ReachMilestone(Guid GroupId, Guid DocumentId, Guid MilestoneId, DateOnly? ReachedOn) : ICommand<Guid>;

/// <summary>The group follows the document up at a date, with a note on how far it has come (organisations, never a child).</summary>
internal sealed record FollowUpDocument(Guid GroupId, Guid DocumentId, DateOnly On, string Note) : ICommand<Guid>;

/// <summary>The group reports the document (to the city's central follow-up); after that its activities and milestones are fixed.</summary>
internal sealed record ReportDocument(Guid GroupId, Guid DocumentId, DateOnly? ReportedOn) : ICommand<Guid>;

internal sealed class AddMilestoneHandler(IBusDbContext db, ICurrentUser user) : ICommandHandler<AddMilestone, Guid>
{
    public async Task<Guid> Handle(AddMilestone command, CancellationToken cancellationToken)
    {
        var (_, document) = await db.LoadDocumentAsync(command.GroupId, command.DocumentId, user, cancellationToken);
        BusAccess.EnsureHandler(user);
        return document.AddMilestone(command.Title.Trim(), command.DueOn).Id;
    }
}

internal sealed class ReachMilestoneHandler(IBusDbContext db, ICurrentUser user, TimeProvider time) : ICommandHandler<ReachMilestone, Guid>
{
    public async Task<Guid> Handle(ReachMilestone command, CancellationToken cancellationToken)
    {
        var (_, document) = await db.LoadDocumentAsync(command.GroupId, command.DocumentId, user, cancellationToken);
        BusAccess.EnsureHandler(user);
        if (document.Milestones.All(m => m.Id != command.MilestoneId))
        {
            throw new NotFoundException($"No milestone {command.MilestoneId} in the governing document.");
        }

        document.ReachMilestone(command.MilestoneId, NotFuture(command.ReachedOn, time));
        return command.MilestoneId;
    }

    internal static DateOnly NotFuture(DateOnly? date, TimeProvider time)
    {
        var today = StockholmCalendar.Today(time);
        if (date > today)
        {
            throw new BusinessRuleViolationException("Not in the future", "Record it once it has happened.");
        }

        return date ?? today;
    }
}

internal sealed class FollowUpDocumentHandler(IBusDbContext db, ICurrentUser user, TimeProvider time) : ICommandHandler<FollowUpDocument, Guid>
{
    public async Task<Guid> Handle(FollowUpDocument command, CancellationToken cancellationToken)
    {
        var (_, document) = await db.LoadDocumentAsync(command.GroupId, command.DocumentId, user, cancellationToken);
        BusAccess.EnsureHandler(user);
        document.FollowUp(ReachMilestoneHandler.NotFuture(command.On, time), command.Note.Trim());
        return document.Id;
    }
}

internal sealed class ReportDocumentHandler(IBusDbContext db, ICurrentUser user, TimeProvider time) : ICommandHandler<ReportDocument, Guid>
{
    public async Task<Guid> Handle(ReportDocument command, CancellationToken cancellationToken)
    {
        var (_, document) = await db.LoadDocumentAsync(command.GroupId, command.DocumentId, user, cancellationToken);
        BusAccess.EnsureHandler(user);
        document.Report(ReachMilestoneHandler.NotFuture(command.ReportedOn, time));
        return document.Id;
    }
}

internal sealed class AddMilestoneValidator : AbstractValidator<AddMilestone>
{
    public AddMilestoneValidator() => RuleFor(c => c.Title).NotEmpty().MaximumLength(InputBounds.ShortText);
}

internal sealed class FollowUpDocumentValidator : AbstractValidator<FollowUpDocument>
{
    public FollowUpDocumentValidator() => RuleFor(c => c.Note).NotEmpty().MaximumLength(InputBounds.Text);
}
