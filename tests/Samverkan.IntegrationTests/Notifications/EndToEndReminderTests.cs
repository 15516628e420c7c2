using System.Net.Http.Json;
using NUnit.Framework;
using Samverkan.IntegrationTests.Infrastructure;
using Samverkan.IntegrationTests.OperativeForums;
using Samverkan.IntegrationTests.SchoolAttendance;
using Shouldly;

namespace Samverkan.IntegrationTests.Notifications;

/// <summary>Deadlines opened by the modules' own use cases, reminded through the outbox and the scheduler's jobs.</summary>
public sealed class EndToEndReminderTests : IntegrationTest
{
    [Test]
    public async Task A_school_report_gives_social_services_a_preliminary_assessment_reminder_and_a_breach()
    {
        var school = await SchoolWorld.CreateAsync(App);
        var pupil = await school.RegisterPupilAsync(new DateOnly(2012, 8, 20));
        await school.ReportConcernAsync(pupil);
        var world = new DeadlineWorld(App);

        // Received Monday 2 March: the preliminary assessment is due 16 March, reminded from 13 March.
        await world.DayAsync(new DateOnly(2026, 3, 13));
        var social = new TestUser("colleague.ostermalm", school.OstermalmSocial, ["ostermalm"], ["social-worker"]);
        (await world.InboxOfAsync(social)).Select(n => n.Title).ShouldContain("Förhandsbedömning (14 dagar): förfaller 2026-03-16");

        await world.DayAsync(new DateOnly(2026, 3, 17));
        (await world.InboxOfAsync(social)).Select(n => n.Title).ShouldContain("Förhandsbedömning (14 dagar): försenad (förföll 2026-03-16)");
        (await world.InboxOfAsync(school.Principal)).Where(n => n.Kind == "deadline-reminder").ShouldBeEmpty();
    }

    [Test]
    public async Task An_agreement_revision_overdue_is_reminded_to_the_responsible_social_services()
    {
        var admin = App.ClientFor(TestUser.Administrator);
        var directory = await admin.SeedDirectoryAsync();
        await admin.PostForIdAsync("/agreements", new
        {
            districtCode = "ostermalm",
            parties = new[] { directory.OstermalmSocialServices, directory.MunicipalSchool, directory.Police },
            signedOn = "2025-03-20",
            revisionIntervalMonths = 12,
        });
        await App.DrainOutboxAsync();
        var world = new DeadlineWorld(App);

        await world.DayAsync(new DateOnly(2026, 3, 21));

        var manager = new TestUser("chef.ostermalm", directory.OstermalmSocialServices, ["ostermalm"], ["social-services-manager"]);
        (await world.InboxOfAsync(manager)).Select(n => n.Title)
            .ShouldContain("Revision av lokal samverkansöverenskommelse: försenad (förföll 2026-03-20)");
    }
}
