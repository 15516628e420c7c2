using MediatR;
using Microsoft.Extensions.DependencyInjection;
using NUnit.Framework;
using Samverkan.BuildingBlocks.Infrastructure.Deadlines;
using Samverkan.IntegrationTests.Infrastructure;
using Samverkan.SchoolAttendance.Infrastructure.Persistence;
using Shouldly;

namespace Samverkan.IntegrationTests.Deadlines;

/// <summary>The scheduled check stamps each deadline that has fallen due breached once, and publishes it once.</summary>
public sealed class DeadlineCheckTests : IntegrationTest
{
    private const int Due = 3000;
    private const int NotYetDue = 1000;
    private static readonly DateOnly Today = new(2026, 3, 17);

    [SetUp]
    public void SetTheClock() => App.Time.Set(new DateTimeOffset(2026, 3, 17, 7, 0, 0, TimeSpan.FromHours(1)));

    [Test]
    public async Task Checks_racing_each_other_stamp_and_publish_each_breach_once()
    {
        await SeedAsync();

        // The cluster fires a check on one node; this is the race anyway (a check run by hand, a slow node).
        await Task.WhenAll(Enumerable.Range(0, 4).Select(async _ =>
        {
            await using var scope = App.Services.CreateAsyncScope();
            await scope.ServiceProvider.GetRequiredService<IMediator>().Send(new CheckDeadlines<SchoolAttendanceDbContext>());
        }));

        (await TestDatabase.ScalarAsync<long>("SELECT count(*) FROM school_attendance.deadlines WHERE status = 'Breached'")).ShouldBe(Due);
        (await TestDatabase.ScalarAsync<long>("SELECT count(*) FROM school_attendance.deadlines WHERE status = 'Open'")).ShouldBe(NotYetDue);
        (await TestDatabase.ScalarAsync<long>("SELECT count(*) FROM school_attendance.outbox_messages WHERE type LIKE '%DeadlineBreached'")).ShouldBe(Due);
        (await TestDatabase.ScalarAsync<long>("SELECT count(DISTINCT payload->>'deadlineId') FROM school_attendance.outbox_messages WHERE type LIKE '%DeadlineBreached'")).ShouldBe(Due);
    }

    [Test]
    public async Task A_second_check_on_the_same_day_finds_nothing_new()
    {
        await SeedAsync();
        await CheckAsync();
        await CheckAsync();

        (await TestDatabase.ScalarAsync<long>("SELECT count(*) FROM school_attendance.outbox_messages WHERE type LIKE '%DeadlineBreached'")).ShouldBe(Due);
    }

    [Test]
    public async Task A_deadline_due_today_is_not_breached_until_tomorrow()
    {
        await TestDatabase.ExecuteAsync(InsertDeadlines, Today, 1);
        await CheckAsync();
        (await TestDatabase.ScalarAsync<string>("SELECT status FROM school_attendance.deadlines")).ShouldBe("Open");

        App.Time.Set(new DateTimeOffset(2026, 3, 18, 0, 5, 0, TimeSpan.FromHours(1)));
        await CheckAsync();
        (await TestDatabase.ScalarAsync<string>("SELECT status FROM school_attendance.deadlines")).ShouldBe("Breached");
    }

    private const string InsertDeadlines =
        """
        INSERT INTO school_attendance.deadlines (id, kind, subject_id, district_code, responsible_organisation_id,
            responsible_user_id, due_date, rule_reference, status, created_at)
        SELECT gen_random_uuid(), 'preliminary-assessment', gen_random_uuid(), 'ostermalm', gen_random_uuid(), NULL,
            $1, '11 kap. 1 a § SoL (2025:400)', 'Open', now()
        FROM generate_series(1, $2)
        """;

    private static async Task SeedAsync()
    {
        await TestDatabase.ExecuteAsync(InsertDeadlines, Today.AddDays(-1), Due);
        await TestDatabase.ExecuteAsync(InsertDeadlines, Today, NotYetDue);
    }

    private async Task CheckAsync()
    {
        await using var scope = App.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<IMediator>().Send(new CheckDeadlines<SchoolAttendanceDbContext>());
    }
}
