using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Samverkan.BuildingBlocks.Application.Time;
using Samverkan.BuildingBlocks.Infrastructure.Startup;
using Samverkan.OperativeForums.Domain.Directory;
using Samverkan.OperativeForums.Domain.Forums;
using Samverkan.OperativeForums.Infrastructure.Persistence;

namespace Samverkan.OperativeForums.Infrastructure.DemoData;

/// <summary>
/// An operative forum per district, convened by the district's social services, with the district's schools,
/// police and BUP as members; Östermalm also gets a steering group, an invitation to its independent school
/// and a meeting held today where the police stayed away (seed 001), so the statistics show something.
/// Written through the aggregates directly: no user is signed in at start-up, and forums publish no events.
/// </summary>
internal sealed class DemoForumSeeder(IServiceScopeFactory scopes, TimeProvider time) : IStartupTask
{
    public async Task RunAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<OperativeForumsDbContext>();
        if (await db.Forums.AnyAsync(cancellationToken))
        {
            return;
        }

        var today = StockholmCalendar.Today(time);
        var organisations = await db.Organisations.AsNoTracking().ToListAsync(cancellationToken);
        foreach (var district in await db.Districts.AsNoTracking().ToListAsync(cancellationToken))
        {
            var (code, name) = (district.Code, district.Name);
            var inDistrict = organisations.Where(o => o.Districts.Any(d => d.DistrictCode == code)).OrderBy(o => o.Name).ToList();
            var convener = inDistrict.FirstOrDefault(o => o.Kind == OrganisationKinds.SocialServices);
            if (convener is null)
            {
                continue;
            }

            var forum = new Forum(Guid.NewGuid(), code, $"Operativt forum {name}", ForumKinds.OperativeForum, convener.Id, expectedMeetingsPerTerm: 2);
            foreach (var member in inDistrict.Where(o => (!o.IsIndependent && o.Kind is not (OrganisationKinds.SocialServices or OrganisationKinds.SchoolOrganiser)) || o.Id == convener.Id))
            {
                forum.AddMember(member.Id, null, member.Id == convener.Id ? "sammankallande" : "medlem", today.AddMonths(-6));
            }

            db.Forums.Add(forum);
            if (code == "ostermalm")
            {
                AddOstermalmExtras(db, forum, inDistrict, convener, today);
            }
        }

        await db.SaveChangesAsync(cancellationToken);
    }

    private static void AddOstermalmExtras(OperativeForumsDbContext db, Forum forum, List<Organisation> inDistrict, Organisation convener, DateOnly today)
    {
        forum.AddMember(convener.Id, "Sara Socialsekreterare", "sammankallande", today.AddMonths(-6));
        foreach (var independent in inDistrict.Where(o => o.IsIndependent && o.Kind == OrganisationKinds.School))
        {
            forum.Invite(independent.Id, today.AddDays(-14));
        }

        db.Forums.Add(new Forum(Guid.NewGuid(), "ostermalm", "Styrgrupp Östermalm", ForumKinds.SteeringGroup, convener.Id, expectedMeetingsPerTerm: 1));

        var held = Meeting.Plan(forum.Id, today, new TimeOnly(13, 0), new TimeOnly(15, 0), "Karlavägen 104, sal 3", "Lägesbild; anonyma ärenden; inbjudan till friskolor", today);
        held.RecordAttendance(forum.Memberships.Where(m => m.MemberName is null)
            .Select(m => new MeetingAttendance(m.OrganisationId, null, inDistrict.Single(o => o.Id == m.OrganisationId).Kind != OrganisationKinds.Police)), today);
        db.Meetings.Add(held);
        db.Meetings.Add(Meeting.Plan(forum.Id, today.AddDays(35), new TimeOnly(13, 0), new TimeOnly(15, 0), "Karlavägen 104, sal 3", "Lägesbild; ärenden", today));
    }
}
