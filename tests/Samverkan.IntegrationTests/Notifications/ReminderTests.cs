using MediatR;
using Microsoft.Extensions.DependencyInjection;
using NUnit.Framework;
using Samverkan.BuildingBlocks.Infrastructure.Deadlines;
using Samverkan.IntegrationTests.Infrastructure;
using Samverkan.SchoolAttendance.Infrastructure.Persistence;
using Shouldly;

namespace Samverkan.IntegrationTests.Notifications;

/// <summary>Every kind of deadline: reminded before and on its due date, breached, escalated, and quiet once met.</summary>
public sealed class ReminderTests : IntegrationTest
{
    private static readonly DateOnly Today = new(2026, 3, 2);

    private DeadlineWorld _world = null!;

    private static IEnumerable<string> Kinds() =>
    [
        "protection-assessment", "preliminary-assessment", "feedback-to-reporter", "inform-affected", "investigation",
        "intervention-follow-up", "absence-step", "forum-agreement-revision", "a-kind-without-a-rule",
    ];

    [SetUp]
    public void CreateWorld() => _world = new DeadlineWorld(App);

    [Test]
    public async Task A_preliminary_assessment_is_reminded_three_days_and_one_day_before_on_the_day_then_overdue_then_to_the_manager()
    {
        var due = new DateOnly(2026, 3, 16);
        await _world.OpenAsync("preliminary-assessment", due);

        await _world.DayAsync(new DateOnly(2026, 3, 12));
        (await _world.InboxOfAsync(DeadlineWorld.CaseOfficer)).ShouldBeEmpty();

        await _world.DayAsync(new DateOnly(2026, 3, 13));
        (await Titles(DeadlineWorld.CaseOfficer)).ShouldBe(["Förhandsbedömning (14 dagar): förfaller 2026-03-16"]);

        await _world.DayAsync(new DateOnly(2026, 3, 14));
        (await Titles(DeadlineWorld.CaseOfficer)).Count.ShouldBe(1);

        await _world.DayAsync(new DateOnly(2026, 3, 15));
        await _world.DayAsync(new DateOnly(2026, 3, 16));
        (await Titles(DeadlineWorld.CaseOfficer)).ShouldContain("Förhandsbedömning (14 dagar): förfaller i dag");
        (await Titles(DeadlineWorld.CaseOfficer)).Count.ShouldBe(3);

        await _world.DayAsync(new DateOnly(2026, 3, 17));
        (await Titles(DeadlineWorld.CaseOfficer)).ShouldContain("Förhandsbedömning (14 dagar): försenad (förföll 2026-03-16)");
        var manager = DeadlineWorld.ManagerFor(_world.PolicyFor("preliminary-assessment"));
        (await _world.InboxOfAsync(manager)).ShouldBeEmpty();

        await _world.DayAsync(new DateOnly(2026, 3, 18));
        (await Titles(manager)).ShouldBe(["Förhandsbedömning (14 dagar): försenad, till ansvarig chef"]);
        (await Titles(DeadlineWorld.CaseOfficer)).Count.ShouldBe(4);
    }

    [TestCaseSource(nameof(Kinds))]
    public async Task Each_kind_gets_each_reminder_step_exactly_once(string kind)
    {
        var policy = _world.PolicyFor(kind);
        var due = Today.AddDays(40);
        var deadline = await _world.OpenAsync(kind, due);

        for (var day = Today; day <= due.AddDays(policy.EscalateAfterDays + 3); day = day.AddDays(1))
        {
            await _world.DayAsync(day);
        }

        var beforeSteps = policy.BeforeDays.Count(days => days is > 0 and <= 40);
        (await DeadlineWorld.RemindersOfAsync(deadline)).ShouldBe(beforeSteps + 3, "before-steps, due day, overdue, escalation");
        (await _world.InboxOfAsync(DeadlineWorld.ManagerFor(policy))).Count.ShouldBe(1);
        (await TestDatabase.ScalarAsync<string>("SELECT status FROM school_attendance.deadlines WHERE id = $1", deadline)).ShouldBe("Breached");
    }

    [Test]
    public async Task A_deadline_met_before_its_due_date_is_reminded_no_more()
    {
        var deadline = await _world.OpenAsync("feedback-to-reporter", new DateOnly(2026, 3, 9));
        await _world.DayAsync(new DateOnly(2026, 3, 7));
        (await DeadlineWorld.RemindersOfAsync(deadline)).ShouldBe(1);

        await _world.MeetAsync(deadline);
        for (var day = new DateOnly(2026, 3, 8); day <= new DateOnly(2026, 3, 20); day = day.AddDays(1))
        {
            await _world.DayAsync(day);
        }

        (await DeadlineWorld.RemindersOfAsync(deadline)).ShouldBe(1);
        (await TestDatabase.ScalarAsync<string>("SELECT status FROM school_attendance.deadlines WHERE id = $1", deadline)).ShouldBe("Met");
    }

    [Test]
    public async Task Without_a_named_person_the_reminder_goes_to_the_responsible_organisation()
    {
        await _world.OpenAsync("forum-agreement-revision", new DateOnly(2026, 3, 10), responsibleUserId: null);
        await _world.DayAsync(new DateOnly(2026, 3, 10));

        var colleague = new TestUser("colleague.test", DeadlineWorld.Organisation, ["ostermalm"], ["social-worker"]);
        (await Titles(colleague)).ShouldContain("Revision av lokal samverkansöverenskommelse: förfaller i dag");
        var elsewhere = new TestUser("elsewhere.test", Guid.NewGuid(), ["ostermalm"], ["social-worker"]);
        (await _world.InboxOfAsync(elsewhere)).ShouldBeEmpty();
    }

    [Test]
    public async Task A_due_date_on_a_saturday_is_kept_and_the_next_working_day_is_only_information()
    {
        await _world.OpenAsync("preliminary-assessment", new DateOnly(2026, 3, 7));
        await _world.DayAsync(new DateOnly(2026, 3, 7));

        var reminder = (await _world.InboxOfAsync(DeadlineWorld.CaseOfficer)).Single(n => n.Title.EndsWith("förfaller i dag", StringComparison.Ordinal));
        reminder.Body.ShouldContain("nästa vardag 2026-03-09");

        await _world.DayAsync(new DateOnly(2026, 3, 8));
        (await Titles(DeadlineWorld.CaseOfficer)).ShouldContain("Förhandsbedömning (14 dagar): försenad (förföll 2026-03-07)");
    }

    [Test]
    public async Task A_deadline_on_leap_day_is_due_on_the_29th()
    {
        App.Time.Set(new DateTimeOffset(2028, 2, 20, 9, 0, 0, TimeSpan.FromHours(1)));
        await _world.OpenAsync("preliminary-assessment", new DateOnly(2028, 2, 29));
        await _world.DayAsync(new DateOnly(2028, 2, 29));
        (await Titles(DeadlineWorld.CaseOfficer)).ShouldContain("Förhandsbedömning (14 dagar): förfaller i dag");
        await _world.DayAsync(new DateOnly(2028, 3, 1));
        (await Titles(DeadlineWorld.CaseOfficer)).ShouldContain("Förhandsbedömning (14 dagar): försenad (förföll 2028-02-29)");
    }

    [TestCase("2026-03-28T23:30:00Z", "2026-03-28", Description = "00:30 on the night summer time begins")]
    [TestCase("2026-10-24T22:30:00Z", "2026-10-24", Description = "00:30 on the night summer time ends")]
    [TestCase("2026-07-14T22:05:00Z", "2026-07-14", Description = "00:05 in summer, still the 14th in UTC")]
    public async Task Just_after_midnight_in_Stockholm_the_check_counts_the_new_day_whatever_the_utc_date(string instant, string dueDate)
    {
        var due = DateOnly.Parse(dueDate, System.Globalization.CultureInfo.InvariantCulture);
        App.Time.Set(new DateTimeOffset(due.AddDays(-5), TimeOnly.MinValue, TimeSpan.Zero));
        var deadline = await _world.OpenAsync("preliminary-assessment", due);

        App.Time.Set(DateTimeOffset.Parse(instant, System.Globalization.CultureInfo.InvariantCulture));
        await App.RunScheduledCommandsAsync();

        (await TestDatabase.ScalarAsync<string>("SELECT status FROM school_attendance.deadlines WHERE id = $1", deadline)).ShouldBe("Breached");
    }

    [Test]
    public async Task A_breach_stamped_just_before_a_restart_is_reminded_after_it()
    {
        await _world.OpenAsync("preliminary-assessment", new DateOnly(2026, 3, 16));
        await using (var dying = StartApp())
        {
            dying.Time.Set(new DateTimeOffset(2026, 3, 17, 7, 0, 0, TimeSpan.FromHours(1)));
            await using var scope = dying.Services.CreateAsyncScope();
            // Only the check runs; the process stops before the relay publishes the breach.
            await scope.ServiceProvider.GetRequiredService<IMediator>().Send(new CheckDeadlines<SchoolAttendanceDbContext>());
        }

        (await TestDatabase.ScalarAsync<long>("SELECT count(*) FROM school_attendance.outbox_messages WHERE processed_at IS NULL AND type LIKE '%DeadlineBreached'")).ShouldBe(1);
        App.Time.Set(new DateTimeOffset(2026, 3, 17, 8, 0, 0, TimeSpan.FromHours(1)));
        await App.DrainOutboxAsync();
        (await Titles(DeadlineWorld.CaseOfficer)).ShouldContain("Förhandsbedömning (14 dagar): försenad (förföll 2026-03-16)");
    }

    private async Task<List<string>> Titles(TestUser user) => [.. (await _world.InboxOfAsync(user)).Select(n => n.Title)];
}
