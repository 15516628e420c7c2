using Microsoft.Extensions.DependencyInjection;
using NUnit.Framework;
using Samverkan.BuildingBlocks.Application.Messaging;
using Samverkan.BuildingBlocks.Infrastructure.Startup;
using Samverkan.IntegrationTests.Infrastructure;
using Samverkan.OperativeForums.Application.Features.Forums.ListForums;
using Samverkan.OperativeForums.Application.Features.Meetings.AttendanceStatistics;
using Shouldly;

namespace Samverkan.IntegrationTests.OperativeForums;

public sealed class DemoForumsTests : IntegrationTest
{
    protected override IDictionary<string, string?> Settings => new Dictionary<string, string?> { ["Samverkan:SeedDemoData"] = "true" };

    [Test]
    public async Task DemoData_GivesEveryDistrictAnOperativeForum_AndOstermalmSomeAttendance()
    {
        // The database is emptied before each test, so run the start-up seeders again.
        foreach (var task in App.Services.GetServices<IStartupTask>())
        {
            await task.RunAsync(CancellationToken.None);
        }

        var admin = App.ClientFor(TestUser.Administrator);
        var forums = await admin.GetOkAsync<Page<ForumSummaryDto>>("/forums?kind=operative-forum&pageSize=50");
        var statistics = await admin.GetOkAsync<List<AttendanceStatisticsRow>>("/attendance-statistics?district=ostermalm");

        forums.TotalCount.ShouldBe(13);
        forums.Items.ShouldAllBe(f => f.ActiveMembers > 0);
        statistics.Single(r => r.OrganisationKind == "police").Present.ShouldBe(0);
    }
}
