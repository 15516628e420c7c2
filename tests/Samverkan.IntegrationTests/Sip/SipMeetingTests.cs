using System.Net;
using System.Text.Json;
using NUnit.Framework;
using Samverkan.IntegrationTests.Infrastructure;
using Samverkan.IntegrationTests.SchoolAttendance;
using Shouldly;

namespace Samverkan.IntegrationTests.Sip;

/// <summary>SIP meetings: a summons to organisers and invitations to others naming their questions, answers, in person or digital, and the iCalendar invitation.</summary>
public sealed class SipMeetingTests : IntegrationTest
{
    private SipWorld _world = null!;
    private Guid _plan;

    [SetUp]
    public async Task CreatePlan()
    {
        _world = await SipWorld.CreateAsync(App);
        _plan = await _world.PlanInPreparationAsync();
    }

    private object DigitalMeeting(params (Guid Organisation, string Question)[] calls) => new
    {
        date = "2026-03-16", startsAt = "09:00", endsAt = "10:30", form = "digital", joinInformation = "https://mote.example.se/sip-4711",
        question = "Hur får Alva stöd att gå till skolan varje dag?",
        calls = calls.Select(c => new { organisationId = c.Organisation, question = c.Question }).ToArray(),
    };

    private async Task<Guid> CallAsync(object meeting)
    {
        var response = await _world.PostAsync(_world.SocialWorker, _plan, "meetings", meeting);
        response.StatusCode.ShouldBe(HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        return await System.Net.Http.Json.HttpContentJsonExtensions.ReadFromJsonAsync<Guid>(response.Content);
    }

    private async Task<JsonElement> MeetingsAsync(TestUser user) =>
        await (await App.ClientFor(user).GetAsync($"/api/v1/sip/plans/{_plan}/meetings")).ShouldBeOkJsonAsync();

    private static JsonElement CallOf(JsonElement meeting, Guid organisation) =>
        meeting.GetProperty("calls").EnumerateArray().Single(c => c.GetProperty("organisationId").GetGuid() == organisation);

    [Test]
    public async Task Organisers_are_summoned_and_others_invited_each_with_its_question_and_each_sees_its_own()
    {
        await CallAsync(DigitalMeeting((_world.Bup, "Vilket stöd kan BUP ge kring Alvas oro?"), (_world.School, "Vilka anpassningar gör skolan?")));

        var holder = (await MeetingsAsync(_world.SocialWorker))[0];
        holder.GetProperty("form").GetString().ShouldBe("digital");
        holder.GetProperty("question").GetString().ShouldBe("Hur får Alva stöd att gå till skolan varje dag?");
        CallOf(holder, _world.Bup).GetProperty("kind").GetString().ShouldBe("summons");
        CallOf(holder, _world.School).GetProperty("kind").GetString().ShouldBe("invitation");
        CallOf(holder, _world.Bup).GetProperty("question").GetString().ShouldBe("Vilket stöd kan BUP ge kring Alvas oro?");

        // Without a consent the school reads its own invitation and the meeting's question, not BUP's question.
        var school = (await MeetingsAsync(_world.Principal))[0];
        school.GetProperty("question").GetString().ShouldBe("Hur får Alva stöd att gå till skolan varje dag?");
        CallOf(school, _world.School).GetProperty("question").GetString().ShouldBe("Vilka anpassningar gör skolan?");
        CallOf(school, _world.Bup).GetProperty("question").ValueKind.ShouldBe(JsonValueKind.Null);

        await _world.ConsentAsync(_plan, [_world.Bup, _world.School]);
        CallOf((await MeetingsAsync(_world.Principal))[0], _world.Bup).GetProperty("question").GetString().ShouldBe("Vilket stöd kan BUP ge kring Alvas oro?");

        (await App.ClientFor(_world.OtherPrincipal).GetAsync($"/api/v1/sip/plans/{_plan}/meetings")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await App.ClientFor(_world.FarstaSocialWorker).GetAsync($"/api/v1/sip/plans/{_plan}/meetings")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await TestDatabase.ScalarAsync<long>("SELECT count(*) FROM sip.audit_entries WHERE subject_id = $1 AND operation IN ('meeting-called', 'meetings-read')", _plan)).ShouldBe(4);
    }

    [Test]
    public async Task Each_organisation_called_records_its_answer()
    {
        var meeting = await CallAsync(DigitalMeeting((_world.Bup, "Vilket stöd kan BUP ge?"), (_world.School, "Hur ser närvaron ut?")));

        (await _world.PostAsync(_world.Principal, _plan, $"meetings/{meeting}/answer", new { attending = true, answer = "Närvaron är 60 %; schemat är anpassat" })).StatusCode.ShouldBe(HttpStatusCode.NoContent);
        (await _world.PostAsync(_world.Clinician, _plan, $"meetings/{meeting}/answer", new { attending = false, answer = "Kan inte komma; skickar skriftligt underlag" })).StatusCode.ShouldBe(HttpStatusCode.NoContent);

        var holder = (await MeetingsAsync(_world.SocialWorker))[0];
        CallOf(holder, _world.School).GetProperty("attending").GetBoolean().ShouldBeTrue();
        CallOf(holder, _world.School).GetProperty("answer").GetString().ShouldBe("Närvaron är 60 %; schemat är anpassat");
        CallOf(holder, _world.Bup).GetProperty("attending").GetBoolean().ShouldBeFalse();
        CallOf(holder, _world.School).GetProperty("answeredAt").ValueKind.ShouldNotBe(JsonValueKind.Null);

        // The convener is not called to its own meeting here; the other school is no participant at all.
        (await (await _world.PostAsync(_world.SocialWorker, _plan, $"meetings/{meeting}/answer", new { attending = true })).ShouldBreakRuleAsync()).ShouldBe("Called to the meeting");
        (await _world.PostAsync(_world.OtherPrincipal, _plan, $"meetings/{meeting}/answer", new { attending = true })).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await _world.PostAsync(_world.Principal, _plan, $"meetings/{Guid.NewGuid()}/answer", new { attending = true })).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Test]
    public async Task A_meeting_is_held_in_person_at_a_place_or_digitally_with_a_way_to_join_and_calls_only_organisations_taking_part()
    {
        var inPerson = new
        {
            date = "2026-03-16", startsAt = "13:00", endsAt = "14:00", form = "in-person", place = "Socialtjänsten Östermalm, Karlavägen 104", question = "Vem gör vad?",
            calls = new[] { new { organisationId = _world.Bup, question = "Kan BUP ta emot Alva?" } },
        };
        await CallAsync(inPerson);

        (await (await _world.PostAsync(_world.SocialWorker, _plan, "meetings", new { date = "2026-03-16", startsAt = "13:00", endsAt = "14:00", form = "in-person", question = "Vem?", calls = new[] { new { organisationId = _world.Bup, question = "?" } } }))
            .ShouldBreakRuleAsync()).ShouldBe("Place of a meeting in person");
        (await (await _world.PostAsync(_world.SocialWorker, _plan, "meetings", new { date = "2026-03-16", startsAt = "13:00", endsAt = "14:00", form = "digital", question = "Vem?", calls = new[] { new { organisationId = _world.Bup, question = "?" } } }))
            .ShouldBreakRuleAsync()).ShouldBe("Joining a digital meeting");
        (await (await _world.PostAsync(_world.SocialWorker, _plan, "meetings", DigitalMeeting((_world.OtherSchool, "Kan ni hjälpa?")))).ShouldBreakRuleAsync()).ShouldBe("Called organisation takes part");
        (await (await _world.PostAsync(_world.SocialWorker, _plan, "meetings", new { date = "2026-03-16", startsAt = "14:00", endsAt = "13:00", form = "in-person", place = "Rum 3", question = "Vem?", calls = new[] { new { organisationId = _world.Bup, question = "?" } } }))
            .ShouldBreakRuleAsync()).ShouldBe("Meeting times");
        (await _world.PostAsync(_world.SocialWorker, _plan, "meetings", DigitalMeeting((_world.Bup, "")))).StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await _world.PostAsync(_world.SocialWorker, _plan, "meetings", new { date = "2026-03-16", startsAt = "13:00", endsAt = "14:00", form = "by-pigeon", place = "Rum 3", question = "Vem?", calls = new[] { new { organisationId = _world.Bup, question = "?" } } }))
            .StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await _world.PostAsync(_world.Principal, _plan, "meetings", DigitalMeeting((_world.Bup, "Kan BUP?")))).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await _world.PostAsync(_world.FarstaSocialWorker, _plan, "meetings", DigitalMeeting((_world.Bup, "Kan BUP?")))).StatusCode.ShouldBe(HttpStatusCode.NotFound);

        var listed = (await MeetingsAsync(_world.SocialWorker)).EnumerateArray().Single();
        listed.GetProperty("form").GetString().ShouldBe("in-person");
        listed.GetProperty("place").GetString().ShouldBe("Socialtjänsten Östermalm, Karlavägen 104");
    }

    [Test]
    public async Task The_invitation_downloads_as_iCalendar_naming_the_question_and_never_the_child()
    {
        var meeting = await CallAsync(DigitalMeeting((_world.Bup, "Vilket stöd kan BUP ge?"), (_world.School, "Vilka anpassningar gör skolan, och hur ser närvaron ut?")));

        var response = await App.ClientFor(_world.Principal).GetAsync($"/api/v1/sip/plans/{_plan}/meetings/{meeting}/invitation.ics");

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("text/calendar");
        response.Content.Headers.ContentDisposition!.ToString().ShouldContain(".ics");
        var text = await response.Content.ReadAsStringAsync();
        text.ShouldStartWith("BEGIN:VCALENDAR\r\n");
        var unfolded = text.Replace("\r\n ", string.Empty, StringComparison.Ordinal);
        unfolded.ShouldContain($"UID:{meeting:D}@samverkan\r\n");
        unfolded.ShouldContain("DTSTART:20260316T080000Z\r\n");
        unfolded.ShouldContain("DTEND:20260316T093000Z\r\n");
        unfolded.ShouldContain("SUMMARY:SIP-möte\r\n");
        unfolded.ShouldContain("LOCATION:https://mote.example.se/sip-4711\r\n");
        unfolded.ShouldContain("Inbjudan till SIP-möte (digitalt)");
        unfolded.ShouldContain("Er fråga: Vilka anpassningar gör skolan\\, och hur ser närvaron ut?");
        unfolded.ShouldNotContain("Andersson");
        text.Split("\r\n").ShouldAllBe(line => System.Text.Encoding.UTF8.GetByteCount(line) <= 75);

        var bup = await (await App.ClientFor(_world.Clinician).GetAsync($"/api/v1/sip/plans/{_plan}/meetings/{meeting}/invitation.ics")).Content.ReadAsStringAsync();
        bup.Replace("\r\n ", string.Empty, StringComparison.Ordinal).ShouldContain("Kallelse till SIP-möte (digitalt)");
        (await App.ClientFor(_world.OtherPrincipal).GetAsync($"/api/v1/sip/plans/{_plan}/meetings/{meeting}/invitation.ics")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await App.ClientFor(_world.FarstaSocialWorker).GetAsync($"/api/v1/sip/plans/{_plan}/meetings/{meeting}/invitation.ics")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await TestDatabase.ScalarAsync<long>("SELECT count(*) FROM sip.audit_entries WHERE subject_id = $1 AND operation = 'meeting-invitation-read'", _plan)).ShouldBe(2);
    }

    [Test]
    public async Task An_organisation_taking_part_but_not_called_gets_no_invitation()
    {
        var meeting = await CallAsync(DigitalMeeting((_world.Bup, "Vilket stöd kan BUP ge?")));

        (await App.ClientFor(_world.Principal).GetAsync($"/api/v1/sip/plans/{_plan}/meetings/{meeting}/invitation.ics")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await App.ClientFor(_world.SocialWorker).GetAsync($"/api/v1/sip/plans/{_plan}/meetings/{meeting}/invitation.ics")).StatusCode.ShouldBe(HttpStatusCode.OK);
    }
}
