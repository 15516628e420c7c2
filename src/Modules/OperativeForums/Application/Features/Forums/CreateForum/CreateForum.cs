using Microsoft.EntityFrameworkCore;
using Samverkan.BuildingBlocks.Application.Messaging;
using Samverkan.BuildingBlocks.Application.Security;
using Samverkan.BuildingBlocks.Domain;
using Samverkan.OperativeForums.Domain.Directory;
using Samverkan.OperativeForums.Domain.Forums;

namespace Samverkan.OperativeForums.Application.Features.Forums.CreateForum;

/// <summary>Sets up a forum. Without a convening organisation, the district's social services convenes (seed 004).</summary>
internal sealed record CreateForum(
    string DistrictCode, string Name, string Kind, Guid? ConveningOrganisationId = null, int ExpectedMeetingsPerTerm = 2, Guid? Id = null) : ICommand<Guid>;

internal sealed class CreateForumHandler(IOperativeForumsDbContext db, ICurrentUser user) : ICommandHandler<CreateForum, Guid>
{
    public async Task<Guid> Handle(CreateForum command, CancellationToken cancellationToken)
    {
        ForumAccess.EnsureCanManage(user, command.DistrictCode);
        await db.EnsureDistrictExistsAsync(command.DistrictCode, cancellationToken);
        var convenerId = command.ConveningOrganisationId is { } id
            ? (await db.FindOrganisationAsync(id, cancellationToken)).Id
            : await DistrictSocialServicesAsync(command.DistrictCode, cancellationToken);

        var forum = new Forum(command.Id ?? Guid.NewGuid(), command.DistrictCode, command.Name.Trim(), command.Kind, convenerId, command.ExpectedMeetingsPerTerm);
        db.Forums.Add(forum);
        return forum.Id;
    }

    private async Task<Guid> DistrictSocialServicesAsync(string districtCode, CancellationToken cancellationToken)
    {
        var socialServices = await db.Organisations.AsNoTracking()
            .Where(o => o.Kind == OrganisationKinds.SocialServices && o.Districts.Any(d => d.DistrictCode == districtCode))
            .OrderBy(o => o.Name)
            .Select(o => (Guid?)o.Id)
            .FirstOrDefaultAsync(cancellationToken);
        return socialServices ?? throw new BusinessRuleViolationException(
            "Convening organisation", $"District '{districtCode}' has no social services unit in the directory: name the convening organisation.");
    }
}
