using System.Net;
using System.Net.Http.Json;
using NUnit.Framework;
using Samverkan.IntegrationTests.Infrastructure;
using Samverkan.IntegrationTests.SchoolAttendance;
using Shouldly;

namespace Samverkan.IntegrationTests.NeedToKnow;

/// <summary>
/// A pupil's registration tells a school nothing it may not see (whether another school has the child), and
/// gives the organiser's access only to the school's own organiser (huvudman) in the directory.
/// </summary>
public sealed class RegistrationNeedToKnowTests : IntegrationTest
{
    private const string Pupils = "/api/v1/school-attendance/pupils";
    private static readonly DateOnly Child = new(2013, 5, 10);

    private SchoolWorld _world = null!;

    [SetUp]
    public async Task CreateWorld() => _world = await SchoolWorld.CreateAsync(App);

    [Test]
    public async Task A_child_already_at_another_school_is_enrolled_like_a_new_pupil_and_each_school_keeps_its_own_record()
    {
        using var farsta = App.ClientFor(_world.OtherPrincipal);
        using var engelbrekt = App.ClientFor(_world.Principal);
        var atFarsta = await farsta.PostAsJsonAsync(Pupils, Body(_world.Farstaskolan));
        atFarsta.StatusCode.ShouldBe(HttpStatusCode.Created);
        var farstaPupil = await atFarsta.Content.ReadFromJsonAsync<Guid>();

        var moved = await engelbrekt.PostAsJsonAsync(Pupils, Body(_world.Engelbrekt));

        moved.StatusCode.ShouldBe(HttpStatusCode.Created, await moved.Content.ReadAsStringAsync());
        var engelbrektPupil = await moved.Content.ReadFromJsonAsync<Guid>();
        engelbrektPupil.ShouldNotBe(farstaPupil);
        (await ListedIdsAsync(engelbrekt)).ShouldBe([engelbrektPupil]);
        (await ListedIdsAsync(farsta)).ShouldBe([farstaPupil]);
        (await engelbrekt.GetAsync($"{Pupils}/{farstaPupil}")).StatusCode.ShouldBeOneOf(HttpStatusCode.Forbidden, HttpStatusCode.NotFound);
    }

    [Test]
    public async Task Only_the_callers_own_school_having_the_child_is_a_409()
    {
        using var farsta = App.ClientFor(_world.OtherPrincipal);
        using var engelbrekt = App.ClientFor(_world.Principal);
        (await engelbrekt.PostAsJsonAsync(Pupils, Body(_world.Engelbrekt))).StatusCode.ShouldBe(HttpStatusCode.Created);

        await (await engelbrekt.PostAsJsonAsync(Pupils, Body(_world.Engelbrekt))).ShouldBeProblemAsync(HttpStatusCode.Conflict);
        (await farsta.PostAsJsonAsync(Pupils, Body(_world.Farstaskolan))).StatusCode.ShouldBe(HttpStatusCode.Created);
    }

    [Test]
    public async Task An_organiser_other_than_the_schools_own_is_a_422_and_nothing_is_registered()
    {
        using var engelbrekt = App.ClientFor(_world.Principal);

        foreach (var wrong in new[] { _world.OstermalmSocial, Guid.NewGuid() })
        {
            var response = await engelbrekt.PostAsJsonAsync(Pupils, Body(_world.Engelbrekt) with { OrganiserId = wrong });

            (await response.ShouldBreakRuleAsync()).ShouldBe("School's organiser");
        }

        (await ListedIdsAsync(engelbrekt)).ShouldBeEmpty();
    }

    [Test]
    public async Task A_school_without_a_registered_organiser_cannot_enrol_under_any_organiser()
    {
        using var admin = App.ClientFor(TestUser.Administrator);
        var created = await admin.PostAsJsonAsync("/api/v1/operative-forums/organisations", new
        {
            name = "Skola utan huvudman", kind = "school", organiser = "Stockholms stad", isIndependent = false, districtCodes = new[] { "ostermalm" },
        });
        var school = await created.Content.ReadFromJsonAsync<Guid>();
        await App.DrainOutboxAsync();
        using var principal = App.ClientFor(new TestUser("principal.utan", school, ["ostermalm"], [Samverkan.BuildingBlocks.Application.Security.Roles.Principal]));

        var response = await principal.PostAsJsonAsync(Pupils, Body(school));

        (await response.ShouldBreakRuleAsync()).ShouldBe("School's organiser");
    }

    [Test]
    public async Task A_schools_organiser_must_be_a_school_organiser_of_the_directory()
    {
        using var admin = App.ClientFor(TestUser.Administrator);

        var response = await admin.PostAsJsonAsync("/api/v1/operative-forums/organisations", new
        {
            name = "Ny skola", kind = "school", organiser = "Polisen", isIndependent = false, districtCodes = new[] { "ostermalm" }, organiserId = _world.OstermalmSocial,
        });

        (await response.ShouldBreakRuleAsync()).ShouldBe("School's organiser");
    }

    private PupilBody Body(Guid school) => new(SchoolWorld.Pin(Child, "238"), school, _world.CityOrganiser, "ostermalm", "compulsory", false, null);

    private static async Task<List<Guid>> ListedIdsAsync(HttpClient client)
    {
        var page = await (await client.GetAsync(Pupils)).ShouldBeOkJsonAsync();
        return [.. page.GetProperty("items").EnumerateArray().Select(p => p.GetProperty("id").GetGuid())];
    }

    private sealed record PupilBody(string PersonalIdentityNumber, Guid SchoolId, Guid OrganiserId, string HomeDistrictCode, string SchoolForm, bool HasProtectedIdentity, string? Address);
}
