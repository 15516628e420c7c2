using Microsoft.EntityFrameworkCore;
using Samverkan.BuildingBlocks.Application.Messaging;
using Samverkan.BuildingBlocks.Application.Security;
using Samverkan.BuildingBlocks.Application.Time;
using Samverkan.BuildingBlocks.Application.Validation;
using Samverkan.OperativeForums.Domain.Forums;

namespace Samverkan.OperativeForums.Application.Features.Forums.GetForum;

public sealed record MembershipDto(
    Guid Id, Guid OrganisationId, string OrganisationName, string OrganisationKind, string? MemberName, string Role, DateOnly JoinedOn, DateOnly? LeftOn);

public sealed record InvitationDto(Guid Id, Guid OrganisationId, string OrganisationName, bool IsIndependent, DateOnly InvitedOn, string Answer, DateOnly? AnsweredOn);

/// <summary>Meetings in one term against the forum's expected cadence; <c>FallsShort</c> is the warning.</summary>
public sealed record TermCadenceDto(string Term, int Expected, int Planned, int Held, int Cancelled, bool FallsShort);

/// <summary>A forum with its whole membership history (left members included, with their dates).</summary>
public sealed record ForumDto(
    Guid Id, string DistrictCode, string Name, string Kind, Guid ConveningOrganisationId, string ConveningOrganisationName, int ExpectedMeetingsPerTerm,
    IReadOnlyList<MembershipDto> Memberships, IReadOnlyList<InvitationDto> Invitations, IReadOnlyList<TermCadenceDto> Cadence);

internal sealed record GetForum(Guid ForumId) : IQuery<ForumDto>;

internal sealed class GetForumHandler(IOperativeForumsDbContext db, ICurrentUser user, TimeProvider time) : IQueryHandler<GetForum, ForumDto>
{
    public async Task<ForumDto> Handle(GetForum query, CancellationToken cancellationToken)
    {
        var forum = await db.LoadAsync(query.ForumId, user, manage: false, cancellationToken);
        var organisationIds = forum.Memberships.Select(m => m.OrganisationId)
            .Concat(forum.Invitations.Select(i => i.OrganisationId))
            .Append(forum.ConveningOrganisationId)
            .Distinct()
            .ToList();
        var organisations = await db.Organisations.AsNoTracking()
            .Where(o => organisationIds.Contains(o.Id))
            .ToDictionaryAsync(o => o.Id, cancellationToken);
        var meetings = await db.Meetings.AsNoTracking()
            .Where(m => m.ForumId == forum.Id)
            .Select(m => new { m.Date, m.Status })
            .ToListAsync(cancellationToken);

        var memberships = forum.Memberships
            .OrderBy(m => m.LeftOn.HasValue).ThenBy(m => m.JoinedOn).ThenBy(m => m.MemberName)
            .Select(m => new MembershipDto(
                m.Id, m.OrganisationId, organisations[m.OrganisationId].Name, organisations[m.OrganisationId].Kind, m.MemberName, m.Role, m.JoinedOn, m.LeftOn))
            .ToList();
        var invitations = forum.Invitations
            .OrderByDescending(i => i.InvitedOn)
            .Select(i => new InvitationDto(
                i.Id, i.OrganisationId, organisations[i.OrganisationId].Name, organisations[i.OrganisationId].IsIndependent, i.InvitedOn, i.Answer, i.AnsweredOn))
            .ToList();
        var cadence = Cadence(forum.ExpectedMeetingsPerTerm, meetings.Select(m => (m.Date, m.Status)).ToList(), Term.Of(StockholmCalendar.Today(time)));

        return new ForumDto(
            forum.Id, forum.DistrictCode, forum.Name, forum.Kind, forum.ConveningOrganisationId, organisations[forum.ConveningOrganisationId].Name,
            forum.ExpectedMeetingsPerTerm, memberships, invitations, cadence);
    }

    /// <summary>
    /// Every term from the first meeting's (or the current one) to the last meeting's, newest first; at most as far
    /// back and ahead as a date may be entered (InputBounds), so a far date in the database cannot make it endless.
    /// </summary>
    internal static List<TermCadenceDto> Cadence(int expected, IReadOnlyList<(DateOnly Date, MeetingStatus Status)> meetings, Term current)
    {
        var first = meetings.Count == 0 ? current.Index : Term.Of(meetings.Min(m => m.Date)).Index;
        var last = meetings.Count == 0 ? current.Index : Term.Of(meetings.Max(m => m.Date)).Index;
        first = Math.Max(Math.Min(first, current.Index), current.Index - (2 * InputBounds.YearsBack));
        last = Math.Min(Math.Max(last, current.Index), current.Index + (2 * InputBounds.YearsAhead));

        var byTerm = meetings.ToLookup(m => Term.Of(m.Date).Index);
        var result = new List<TermCadenceDto>();
        for (var index = first; index <= last; index++)
        {
            var inTerm = byTerm[index].ToList();
            var planned = inTerm.Count(m => m.Status == MeetingStatus.Planned);
            var held = inTerm.Count(m => m.Status == MeetingStatus.Held);
            var cancelled = inTerm.Count(m => m.Status == MeetingStatus.Cancelled);
            result.Add(new TermCadenceDto(Term.FromIndex(index).ToString(), expected, planned, held, cancelled, planned + held < expected));
        }

        result.Reverse();
        return result;
    }
}
