using System.ComponentModel.DataAnnotations;
using Samverkan.BuildingBlocks.Application.Messaging;
using Samverkan.BuildingBlocks.Application.Persistence;
using Samverkan.BuildingBlocks.Application.Security;
using Samverkan.BuildingBlocks.Application.Validation;
using Samverkan.BuildingBlocks.Domain;
using Samverkan.OperativeForums.Application.Features.Forums;
using Samverkan.OperativeForums.Domain.Forums;

namespace Samverkan.OperativeForums.Application.Features.Meetings.RecordMinutes;

/// <param name="ConsentCovers">With a named child: the organisations (forum members) the consent covers; only they read the name.</param>
public sealed record MinutesItemInput(
    [MaxLength(InputBounds.Line)] string Heading, [MaxLength(InputBounds.LongText)] string Notes, [MaxLength(InputBounds.Name)] string? ChildName, [MaxLength(InputBounds.Name)] string? ConsentReference,
    [MaxLength(RecordMinutesValidator.MaxConsentCovers)] IReadOnlyList<Guid>? ConsentCovers = null);

/// <summary>Records the minutes of a held meeting; a named child needs a consent reference (MinutesItem).</summary>
internal sealed record RecordMinutes(Guid ForumId, Guid MeetingId, IReadOnlyList<MinutesItemInput> Items) : ICommand<Guid>;

internal sealed class RecordMinutesHandler(IOperativeForumsDbContext db, ICurrentUser user) : ICommandHandler<RecordMinutes, Guid>
{
    public async Task<Guid> Handle(RecordMinutes command, CancellationToken cancellationToken)
    {
        var (forum, meeting) = await db.LoadMeetingAsync(command.ForumId, command.MeetingId, user, manage: true, cancellationToken);
        if (command.Items.Any(i => !string.IsNullOrWhiteSpace(i.ChildName) && (i.ConsentCovers ?? []).Any(organisation => !forum.TakesPart(organisation))))
        {
            throw new BusinessRuleViolationException("Consent covers organisations", "consentCovers may name only organisations that take part in the forum.");
        }

        meeting.RecordMinutes(command.Items.Select(i => new MinutesItem(i.Heading.Trim(), i.Notes.Trim(), i.ChildName?.Trim(), i.ConsentReference?.Trim(), i.ConsentCovers)));
        if (meeting.Minutes.Any(i => i.ChildName is not null))
        {
            db.AddAuditEntry(new AuditRecord("forum-meeting-minutes", meeting.Id, "write", "Minutes naming a child under recorded consent"));
        }

        return meeting.Id;
    }
}
