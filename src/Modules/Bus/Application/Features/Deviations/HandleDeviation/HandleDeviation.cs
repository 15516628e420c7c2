using FluentValidation;
using Microsoft.EntityFrameworkCore;
using Samverkan.BuildingBlocks.Application.Errors;
using Samverkan.BuildingBlocks.Application.Messaging;
using Samverkan.BuildingBlocks.Application.Security;
using Samverkan.BuildingBlocks.Application.Time;
using Samverkan.BuildingBlocks.Application.Validation;
using Samverkan.BuildingBlocks.Domain;
using Samverkan.Bus.Domain.Deviations;

namespace Samverkan.Bus.Application.Features.Deviations.HandleDeviation;

/// <summary>To the next level of the local path: the reporter's manager passes it to the party's BUS representative, who puts it on the group's agenda.</summary>
internal sealed record EscalateDeviation(Guid DeviationId) : ICommand<Guid>;

/// <summary>Closes the deviation with an outcome (and an optional note that stays in the group unless released).</summary>
internal sealed record CloseDeviation(Guid DeviationId, string Outcome, string? OutcomeNote, DateOnly? ClosedOn) : ICommand<Guid>;

/// <summary>Releases the free text to the county's copy: the releaser vouches that it names no one.</summary>
internal sealed record ReleaseDeviationText(Guid DeviationId) : ICommand<Guid>;

internal sealed class EscalateDeviationHandler(IBusDbContext db, ICurrentUser user, TimeProvider time) : ICommandHandler<EscalateDeviation, Guid>
{
    public async Task<Guid> Handle(EscalateDeviation command, CancellationToken cancellationToken)
    {
        var deviation = await db.LoadDeviationToHandleAsync(command.DeviationId, user, cancellationToken);
        deviation.Escalate(StockholmCalendar.Today(time), user.UserId);
        return deviation.Id;
    }
}

internal sealed class CloseDeviationHandler(IBusDbContext db, ICurrentUser user, TimeProvider time) : ICommandHandler<CloseDeviation, Guid>
{
    public async Task<Guid> Handle(CloseDeviation command, CancellationToken cancellationToken)
    {
        var deviation = await db.LoadDeviationToHandleAsync(command.DeviationId, user, cancellationToken);
        var today = StockholmCalendar.Today(time);
        if (command.ClosedOn > today)
        {
            throw new BusinessRuleViolationException("Closed not in the future", "A deviation is closed once it has been handled.");
        }

        var note = string.IsNullOrWhiteSpace(command.OutcomeNote) ? null : command.OutcomeNote.Trim();
        deviation.Close(command.Outcome, note, command.ClosedOn ?? today, user.UserId);
        return deviation.Id;
    }
}

internal sealed class ReleaseDeviationTextHandler(IBusDbContext db, ICurrentUser user, TimeProvider time) : ICommandHandler<ReleaseDeviationText, Guid>
{
    public async Task<Guid> Handle(ReleaseDeviationText command, CancellationToken cancellationToken)
    {
        var deviation = await db.LoadDeviationToHandleAsync(command.DeviationId, user, cancellationToken);
        deviation.ReleaseFreeText(StockholmCalendar.Today(time), user.UserId);
        return deviation.Id;
    }
}

internal static class DeviationLoading
{
    /// <summary>A deviation of a group the caller is a party of; otherwise 403 (county) or 404.</summary>
    public static async Task<Deviation> LoadDeviationAsync(this IBusDbContext db, Guid deviationId, ICurrentUser user, CancellationToken cancellationToken)
    {
        var deviation = await db.Deviations.SingleOrDefaultAsync(d => d.Id == deviationId, cancellationToken)
            ?? throw (user.IsInRole(Roles.BusCountySecretariat)
                ? new ForbiddenException("The county sees the groups' copies and figures only.")
                : new NotFoundException($"No deviation {deviationId}."));
        await db.LoadGroupAsync(deviation.GroupId, user, cancellationToken);
        return deviation;
    }

    /// <summary>
    /// On the first level only the reporter's own organisation handles it (its manager), unless the city's
    /// administrators or coordinators step in; after that any manager in the group's parties.
    /// </summary>
    public static async Task<Deviation> LoadDeviationToHandleAsync(this IBusDbContext db, Guid deviationId, ICurrentUser user, CancellationToken cancellationToken)
    {
        var deviation = await db.LoadDeviationAsync(deviationId, user, cancellationToken);
        BusAccess.EnsureHandler(user);
        if (deviation.Stage == Deviation.ReporterManager && deviation.ReportingOrganisationId != user.OrganisationId && !BusAccess.SeesAllGroups(user))
        {
            throw new ForbiddenException("On the first level a deviation is handled by the reporter's own manager.");
        }

        return deviation;
    }
}

internal sealed class CloseDeviationValidator : AbstractValidator<CloseDeviation>
{
    public CloseDeviationValidator()
    {
        RuleFor(c => c.Outcome).NotEmpty().MaximumLength(InputBounds.Code);
        RuleFor(c => c.OutcomeNote).MaximumLength(InputBounds.Text);
    }
}
