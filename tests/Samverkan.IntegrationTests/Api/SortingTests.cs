using System.Net;
using System.Text.Json;
using NUnit.Framework;
using Samverkan.IntegrationTests.Infrastructure;
using Samverkan.IntegrationTests.OperativeForums;
using Samverkan.IntegrationTests.SchoolAttendance;
using Shouldly;

namespace Samverkan.IntegrationTests.Api;

/// <summary>
/// Lists sort by named fields, the same way in every module: <c>sort=name</c> ascending, <c>sort=-name</c>
/// descending, a documented default when none is named, and a 400 naming <c>sort</c> and its allowed values.
/// </summary>
public sealed class SortingTests : IntegrationTest
{
    private HttpClient _admin = null!;

    [SetUp]
    public async Task ThreeForumsInTwoDistricts()
    {
        _admin = App.ClientFor(TestUser.Administrator);
        await _admin.SeedDirectoryAsync();
        await _admin.CreateForumAsync("ostermalm", "Bforum");
        await _admin.CreateForumAsync("farsta", "Aforum");
        await _admin.CreateForumAsync("ostermalm", "Cforum");
    }

    [TearDown]
    public void DisposeClient() => _admin.Dispose();

    [TestCase(null, "Aforum,Bforum,Cforum", Description = "default: district (farsta before ostermalm), then name")]
    [TestCase("name", "Aforum,Bforum,Cforum")]
    [TestCase("-name", "Cforum,Bforum,Aforum")]
    [TestCase("-districtCode", "Cforum,Bforum,Aforum")]
    public async Task Forums_SortByTheNamedField(string? sort, string expected)
    {
        var query = sort is null ? string.Empty : $"?sort={sort}";

        var page = await (await _admin.GetAsync($"{ForumsApi.Base}/forums{query}")).ShouldBeOkJsonAsync();

        string.Join(",", page.GetProperty("items").EnumerateArray().Select(f => f.GetProperty("name").GetString())).ShouldBe(expected);
    }

    [Test]
    public async Task Sorting_KeepsPagesDisjoint()
    {
        var first = await (await _admin.GetAsync($"{ForumsApi.Base}/forums?sort=-name&pageSize=2")).ShouldBeOkJsonAsync();
        var second = await (await _admin.GetAsync($"{ForumsApi.Base}/forums?sort=-name&pageSize=2&page=2")).ShouldBeOkJsonAsync();

        Names(first).Concat(Names(second)).ShouldBe(["Cforum", "Bforum", "Aforum"]);
    }

    [Test]
    public async Task Meetings_AreNewestFirst_UnlessSortedByDate()
    {
        var forum = await _admin.CreateForumAsync("ostermalm", "Dforum");
        foreach (var date in new[] { "2026-06-16", "2026-04-14", "2026-05-12" })
        {
            await MeetingTests.PlanAsync(_admin, forum, date);
        }

        var newestFirst = await (await _admin.GetAsync($"{ForumsApi.Base}/forums/{forum}/meetings")).ShouldBeOkJsonAsync();
        var oldestFirst = await (await _admin.GetAsync($"{ForumsApi.Base}/forums/{forum}/meetings?sort=date")).ShouldBeOkJsonAsync();

        Dates(newestFirst).ShouldBe(["2026-06-16", "2026-05-12", "2026-04-14"]);
        Dates(oldestFirst).ShouldBe(["2026-04-14", "2026-05-12", "2026-06-16"]);
    }

    [TestCase("/forums")]
    [TestCase("/organisations")]
    public async Task AnUnknownOrder_IsA400_NamingSortAndWhatItMayBe(string list)
    {
        var response = await _admin.GetAsync($"{ForumsApi.Base}{list}?sort=createdBy");

        var problem = await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest);
        var message = problem.GetProperty("errors").GetProperty("sort")[0].GetString()!;
        message.ShouldContain("-name");
    }

    private static IEnumerable<string?> Names(JsonElement page) => page.GetProperty("items").EnumerateArray().Select(f => f.GetProperty("name").GetString());

    private static IEnumerable<string?> Dates(JsonElement page) => page.GetProperty("items").EnumerateArray().Select(m => m.GetProperty("date").GetString());
}
