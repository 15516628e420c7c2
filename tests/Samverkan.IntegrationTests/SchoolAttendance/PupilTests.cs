using System.Net;
using System.Net.Http.Json;
using NUnit.Framework;
using Samverkan.IntegrationTests.Infrastructure;
using Shouldly;

namespace Samverkan.IntegrationTests.SchoolAttendance;

/// <summary>Pupils: identity numbers validated, and what each caller may see of them.</summary>
public sealed class PupilTests : IntegrationTest
{
    private static readonly DateOnly Child = new(2013, 5, 10);

    private SchoolWorld _world = null!;

    [SetUp]
    public async Task CreateWorld() => _world = await SchoolWorld.CreateAsync(App);

    [TestCase("20130510-2389")]
    [TestCase("20130532-2389")]
    [TestCase("20130229-2386")]
    [TestCase("130510/2384")]
    public async Task Register_InvalidPersonalIdentityNumber_Is422NamingTheRule_WithoutEchoingIt(string number)
    {
        var response = await Register(number);

        var problem = await response.ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity);
        problem.GetProperty("rule").GetString().ShouldBe("Personal identity number");
        problem.GetRawText().ShouldNotContain(number);
    }

    [Test]
    public async Task Register_WithoutNumberOrSchoolForm_Is400NamingTheFields()
    {
        var problem = await (await Register(string.Empty, schoolForm: "preschool")).ShouldBeProblemAsync(HttpStatusCode.BadRequest);

        problem.GetProperty("errors").TryGetProperty("personalIdentityNumber", out _).ShouldBeTrue();
        problem.GetProperty("errors").TryGetProperty("schoolForm", out _).ShouldBeTrue();
    }

    [Test]
    public async Task Register_Samordningsnummer_DerivesSexAndBirthYear()
    {
        var response = await Register(SchoolWorld.Pin(Child, "237", dayOffset: 60));
        response.StatusCode.ShouldBe(HttpStatusCode.Created);
        var id = await response.Content.ReadFromJsonAsync<Guid>();

        using var principal = App.ClientFor(_world.Principal);
        var pupil = await (await principal.GetAsync($"/api/v1/school-attendance/pupils/{id}")).ShouldBeOkJsonAsync();

        pupil.GetProperty("sex").GetString().ShouldBe("male");
        pupil.GetProperty("birthYear").GetInt32().ShouldBe(2013);
        pupil.GetProperty("personalIdentityNumber").GetString().ShouldBe("201305702373");
    }

    [Test]
    public async Task Register_SameNumberTwice_Is409()
    {
        (await Register(SchoolWorld.Pin(Child, "238"))).StatusCode.ShouldBe(HttpStatusCode.Created);

        await (await Register(SchoolWorld.Pin(Child, "238"))).ShouldBeProblemAsync(HttpStatusCode.Conflict);
    }

    [Test]
    public async Task Register_ForAnotherSchool_Is403()
    {
        using var other = App.ClientFor(_world.OtherPrincipal);
        var response = await other.PostAsJsonAsync("/api/v1/school-attendance/pupils", Body(SchoolWorld.Pin(Child, "238"), "compulsory") with { SchoolId = _world.Engelbrekt });

        await response.ShouldBeProblemAsync(HttpStatusCode.Forbidden);
    }

    [Test]
    public async Task ProtectedIdentity_HomeDistrictSocialServicesWithoutACase_SeeNeitherNumberNorAddressNorSchool()
    {
        var pupil = await _world.RegisterPupilAsync(Child, protectedIdentity: true);
        using var social = App.ClientFor(_world.SocialWorker);

        var outsideCase = await (await social.GetAsync($"/api/v1/school-attendance/pupils/{pupil}")).ShouldBeOkJsonAsync();

        outsideCase.GetProperty("personalIdentityNumber").ValueKind.ShouldBe(System.Text.Json.JsonValueKind.Null);
        outsideCase.GetProperty("address").ValueKind.ShouldBe(System.Text.Json.JsonValueKind.Null);
        outsideCase.GetProperty("schoolId").ValueKind.ShouldBe(System.Text.Json.JsonValueKind.Null);
        outsideCase.GetProperty("schoolName").ValueKind.ShouldBe(System.Text.Json.JsonValueKind.Null);
    }

    [Test]
    public async Task ProtectedIdentity_OnceTheirCaseIsOpen_SocialServicesSeeAddressAndSchool()
    {
        var pupil = await _world.RegisterPupilAsync(Child, protectedIdentity: true);
        using (var principal = App.ClientFor(_world.Principal))
        {
            (await principal.PostAsJsonAsync($"/api/v1/school-attendance/pupils/{pupil}/reports-of-concern", new { observations = "Hög frånvaro" })).StatusCode.ShouldBe(HttpStatusCode.Created);
        }

        await _world.DrainAsync();
        using var social = App.ClientFor(_world.SocialWorker);
        var inCase = await (await social.GetAsync($"/api/v1/school-attendance/pupils/{pupil}")).ShouldBeOkJsonAsync();

        inCase.GetProperty("address").GetString().ShouldBe("Storgatan 1, Stockholm");
        inCase.GetProperty("schoolName").GetString().ShouldBe("Engelbrektsskolan");
        inCase.GetProperty("personalIdentityNumber").GetString()!.Length.ShouldBe(12);
    }

    [Test]
    public async Task AnotherDistrict_AndAnotherSchool_CannotSeeThePupil()
    {
        var pupil = await _world.RegisterPupilAsync(Child);

        using var farsta = App.ClientFor(_world.FarstaSocialWorker);
        using var otherSchool = App.ClientFor(_world.OtherPrincipal);

        await (await farsta.GetAsync($"/api/v1/school-attendance/pupils/{pupil}")).ShouldBeProblemAsync(HttpStatusCode.NotFound);
        await (await otherSchool.GetAsync($"/api/v1/school-attendance/pupils/{pupil}")).ShouldBeProblemAsync(HttpStatusCode.NotFound);
    }

    [Test]
    public async Task EveryReadAndWrite_OfAPupil_IsAudited_WithUserAndOrganisation()
    {
        var pupil = await _world.RegisterPupilAsync(Child);
        using var principal = App.ClientFor(_world.Principal);
        (await principal.GetAsync($"/api/v1/school-attendance/pupils/{pupil}")).StatusCode.ShouldBe(HttpStatusCode.OK);

        var operations = await TestDatabase.ScalarAsync<string>(
            "SELECT string_agg(operation || ':' || user_id || ':' || organisation_id, ',' ORDER BY occurred_at, operation) FROM school_attendance.audit_entries WHERE subject_id = $1", pupil);

        operations.ShouldContain($"register:principal.engelbrekt:{_world.Engelbrekt}");
        operations.ShouldContain($"read:principal.engelbrekt:{_world.Engelbrekt}");
    }

    [Test]
    public async Task ATeacher_ListsTheSchoolsPupils_ButCannotRegisterOne()
    {
        await _world.RegisterPupilAsync(Child);
        using var teacher = App.ClientFor(_world.Teacher);

        (await (await teacher.GetAsync("/api/v1/school-attendance/pupils")).ShouldBeOkJsonAsync()).GetProperty("totalCount").GetInt32().ShouldBe(1);
        (await teacher.PostAsJsonAsync("/api/v1/school-attendance/pupils", Body(SchoolWorld.Pin(Child, "237"), "compulsory"))).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
    }

    [Test]
    public async Task ASchool_ListsOnlyItsOwnPupils()
    {
        await _world.RegisterPupilAsync(Child);
        using var own = App.ClientFor(_world.Counsellor);
        using var other = App.ClientFor(_world.OtherPrincipal);

        (await (await own.GetAsync("/api/v1/school-attendance/pupils")).ShouldBeOkJsonAsync()).GetProperty("totalCount").GetInt32().ShouldBe(1);
        (await (await other.GetAsync("/api/v1/school-attendance/pupils")).ShouldBeOkJsonAsync()).GetProperty("totalCount").GetInt32().ShouldBe(0);
    }

    [Test]
    public async Task ReadingACase_IsAuditedWithTheSocialWorkersOrganisation()
    {
        var pupil = await _world.RegisterPupilAsync(Child);
        await _world.ReportConcernAsync(pupil);
        var intake = await _world.LatestIntakeAsync();
        using var social = App.ClientFor(_world.SocialWorker);

        (await social.GetAsync($"/api/v1/social-services/intakes/{intake}")).StatusCode.ShouldBe(HttpStatusCode.OK);

        (await TestDatabase.ScalarAsync<long>(
            "SELECT count(*) FROM social_services.audit_entries WHERE subject_type = 'case' AND subject_id = $1 AND operation = 'read' AND user_id = 'socialworker.ostermalm' AND organisation_id = $2",
            intake, _world.OstermalmSocial)).ShouldBe(1);
    }

    [Test]
    public async Task Anonymous_Is401()
    {
        using var anonymous = App.ClientFor();
        (await anonymous.GetAsync($"/api/v1/school-attendance/pupils/{Guid.NewGuid()}")).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
    }

    private async Task<HttpResponseMessage> Register(string number, string schoolForm = "compulsory")
    {
        using var principal = App.ClientFor(_world.Principal);
        return await principal.PostAsJsonAsync("/api/v1/school-attendance/pupils", Body(number, schoolForm));
    }

    private PupilBody Body(string number, string schoolForm) =>
        new(number, _world.Engelbrekt, _world.CityOrganiser, "ostermalm", schoolForm, false, null);

    private sealed record PupilBody(string PersonalIdentityNumber, Guid SchoolId, Guid OrganiserId, string HomeDistrictCode, string SchoolForm, bool HasProtectedIdentity, string? Address);
}
