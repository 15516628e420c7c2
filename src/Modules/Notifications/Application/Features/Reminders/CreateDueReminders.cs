using MediatR;
using Samverkan.BuildingBlocks.Application.Messaging;
using Samverkan.BuildingBlocks.Application.Time;

namespace Samverkan.Notifications.Application.Features.Reminders;

/// <summary>
/// Sent by the scheduler every quarter of an hour: writes the reminders that have fallen due. It reads only
/// deadlines whose next reminder date has come (an indexed column), so its cost follows what is due.
/// </summary>
public sealed record CreateDueReminders : ICommand<Unit>
{
    public const string JobName = "create-due-reminders";
    public const string DefaultCron = "*/15 * * * *";
}

internal sealed class CreateDueRemindersHandler(INotificationsDbContext db, ReminderWriter writer, TimeProvider time)
    : ICommandHandler<CreateDueReminders, Unit>
{
    private const int BatchSize = 2000;

    public async Task<Unit> Handle(CreateDueReminders command, CancellationToken cancellationToken)
    {
        var due = await db.ClaimDueForRemindersAsync(StockholmCalendar.Today(time), BatchSize, cancellationToken);
        await db.AddOnceAsync([.. due.SelectMany(writer.DueNow)], cancellationToken);
        return Unit.Value;
    }
}
