using System.Net;
using System.Net.Http.Json;
using NUnit.Framework;
using Samverkan.IntegrationTests.Infrastructure;
using Shouldly;

namespace Samverkan.IntegrationTests.Notifications;

/// <summary>Reminders e-mailed through a real SMTP server, holding a case reference and a link, nothing more.</summary>
public sealed class EmailDeliveryTests : IntegrationTest
{
    private SmtpServer _smtp = null!;

    protected override IDictionary<string, string?> Settings => new Dictionary<string, string?>
    {
        ["Notifications:Smtp:Host"] = "127.0.0.1",
        ["Notifications:Smtp:Port"] = SmtpPort.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["Notifications:Smtp:From"] = "samverkan@stockholm.test",
    };

    private static int SmtpPort { get; set; }

    [OneTimeSetUp]
    public async Task StartSmtpServer()
    {
        _smtp = await SmtpServer.StartAsync();
        SmtpPort = _smtp.Port;
    }

    [SetUp]
    public void ForgetEarlierMail() => _smtp.Clear();

    [OneTimeTearDown]
    public async Task StopSmtpServer() => await _smtp.DisposeAsync();

    [Test]
    public async Task A_reminder_is_emailed_once_to_the_address_the_case_officer_registered()
    {
        var world = new DeadlineWorld(App);
        using var officer = App.ClientFor(DeadlineWorld.CaseOfficer);
        (await officer.PutAsJsonAsync("/api/v1/notifications/email-address", new { address = "handlaggare@stockholm.test" }, ifMatch: null)).StatusCode.ShouldBe(HttpStatusCode.NoContent);
        var deadline = await world.OpenAsync("preliminary-assessment", new DateOnly(2026, 3, 16));

        await world.DayAsync(new DateOnly(2026, 3, 16));

        var mail = _smtp.Messages().ShouldHaveSingleItem();
        mail.To.ShouldBe("handlaggare@stockholm.test");
        mail.From.ShouldBe("samverkan@stockholm.test");
        mail.Subject.ShouldBe("Samverkan: Förhandsbedömning (14 dagar): förfaller i dag");
        mail.Body.ShouldContain($"/api/v1/notifications/deadlines/{deadline}");
        mail.Body.ShouldContain("Testregel 1 §");
        mail.Raw.ShouldNotContain("socialworker.test");
        (await TestDatabase.ScalarAsync<long>("SELECT count(*) FROM notifications.notifications WHERE emailed_at IS NOT NULL")).ShouldBe(1);
    }

    [Test]
    public async Task A_notification_to_an_organisation_goes_to_its_functional_mailbox()
    {
        var world = new DeadlineWorld(App);
        using var admin = App.ClientFor(TestUser.Administrator);
        (await admin.PutAsJsonAsync($"/api/v1/notifications/organisations/{DeadlineWorld.Organisation}/email-address", new { address = "socialtjansten.ostermalm@stockholm.test" }, ifMatch: null))
            .StatusCode.ShouldBe(HttpStatusCode.NoContent);
        await world.OpenAsync("forum-agreement-revision", new DateOnly(2026, 3, 10), responsibleUserId: null);

        await world.DayAsync(new DateOnly(2026, 3, 10));

        _smtp.Messages().ShouldAllBe(mail => mail.To == "socialtjansten.ostermalm@stockholm.test");
        _smtp.Messages().ShouldNotBeEmpty();
    }

    [Test]
    public async Task An_invalid_address_is_refused_and_a_non_administrator_cannot_set_a_mailbox()
    {
        using var officer = App.ClientFor(DeadlineWorld.CaseOfficer);
        var invalid = await officer.PutAsJsonAsync("/api/v1/notifications/email-address", new { address = "inte en adress" }, ifMatch: null);
        invalid.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await invalid.Content.ReadAsStringAsync()).ShouldContain("address");

        var mailbox = await officer.PutAsJsonAsync($"/api/v1/notifications/organisations/{DeadlineWorld.Organisation}/email-address", new { address = "x@stockholm.test" }, ifMatch: null);
        mailbox.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
    }
}
