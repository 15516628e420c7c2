using System.Net.Http.Json;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Samverkan.BuildingBlocks.Application.Messaging;
using Samverkan.BuildingBlocks.Application.Time;
using Samverkan.BuildingBlocks.Domain.Deadlines;
using Samverkan.IntegrationTests.Infrastructure;
using Samverkan.Notifications.Application;
using Samverkan.Notifications.Application.Features.Inbox;
using Samverkan.Notifications.Domain;
using Samverkan.SchoolAttendance.Application;
using Shouldly;

namespace Samverkan.IntegrationTests.Notifications;

/// <summary>
/// Deadlines opened by a module (SchoolAttendance's own DbContext, so its outbox publishes DeadlineOpened as
/// in production), days passing on the fake clock with the scheduled commands run, and inboxes read back.
/// </summary>
internal sealed class DeadlineWorld(SamverkanApp app)
{
    public static readonly Guid Organisation = TestUser.OstermalmSocialServices;

    public static readonly TestUser CaseOfficer = TestUser.SocialWorker;

    public ReminderPolicy PolicyFor(string kind) => app.Services.GetRequiredService<IOptions<ReminderRules>>().Value.For(kind);

    public static TestUser ManagerFor(ReminderPolicy policy) => new("manager.test", Organisation, ["ostermalm"], [policy.EscalateToRole]);

    public async Task<Guid> OpenAsync(string kind, DateOnly dueDate, string? responsibleUserId = "socialworker.test")
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ISchoolAttendanceDbContext>();
        var deadline = Deadline.Open(kind, Guid.NewGuid(), "ostermalm", Organisation, responsibleUserId, dueDate, "Testregel 1 §", app.Time.GetUtcNow());
        db.Deadlines.Add(deadline);
        await db.SaveChangesAsync();
        await app.DrainOutboxAsync();
        return deadline.Id;
    }

    public Task MeetAsync(Guid deadlineId) => ChangeAsync(deadlineId, deadline => deadline.Meet(app.Time.GetUtcNow()));

    /// <summary>Changes the deadline as its owning module would, and delivers the event that tells the others.</summary>
    public async Task ChangeAsync(Guid deadlineId, Action<Deadline> change)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ISchoolAttendanceDbContext>();
        var deadline = await db.Deadlines.FindAsync(deadlineId);
        change(deadline!);
        await db.SaveChangesAsync();
        await app.DrainOutboxAsync();
    }

    /// <summary>Morning of the given Stockholm day; the scheduler's jobs run twice, as several Hosts might.</summary>
    public async Task DayAsync(DateOnly day)
    {
        app.Time.Set(StockholmCalendar.ToInstant(day, new TimeOnly(7, 0)));
        await app.RunScheduledCommandsAsync();
        await app.RunScheduledCommandsAsync();
    }

    public async Task<List<NotificationDto>> InboxOfAsync(TestUser user)
    {
        using var client = app.ClientFor(user);
        var page = await client.GetFromJsonAsync<Page<NotificationDto>>("/api/v1/notifications?pageSize=200");
        page.ShouldNotBeNull();
        return [.. page.Items];
    }

    public static Task<long> RemindersOfAsync(Guid deadlineId) =>
        TestDatabase.ScalarAsync<long>("SELECT count(*) FROM notifications.notifications WHERE deadline_id = $1", deadlineId);
}
