using FluentValidation;
using Microsoft.EntityFrameworkCore;
using Samverkan.BuildingBlocks.Application.Errors;
using Samverkan.BuildingBlocks.Application.Messaging;
using Samverkan.BuildingBlocks.Application.Security;
using Samverkan.BuildingBlocks.Application.Time;
using Samverkan.BuildingBlocks.Application.Validation;
using Samverkan.BuildingBlocks.Domain;
using Samverkan.Bus.Application.Features.Catalogues;
using Samverkan.Bus.Domain.Catalogues;
using Samverkan.Bus.Domain.Routines;

namespace Samverkan.Bus.Application.Features.Routines;

public sealed record RoutineVersionDto(
    Guid Id, Guid? GroupId, string Kind, string RoutineKey, int VersionNumber, string Title, string Text, IReadOnlyList<string> AgreedBy, DateOnly AgreedOn, DateOnly InForceFrom, bool Current);

/// <summary>A routine with its versions, newest first; <c>Current</c> is the newest version in force today (null until one is).</summary>
public sealed record RoutineDto(Guid? GroupId, string Kind, string RoutineKey, RoutineVersionDto? Current, IReadOnlyList<RoutineVersionDto> Versions);

/// <summary>Records the next version of a routine (the first when the key is new); earlier versions stay as they were.</summary>
internal sealed record AddRoutineVersion(Guid? GroupId, string Kind, string RoutineKey, string Title, string Text, IReadOnlyList<string> AgreedBy, DateOnly AgreedOn, DateOnly? InForceFrom)
    : ICommand<Guid>;

/// <summary>The group's routines (or the city-wide ones when GroupId is null) with their current version, optionally one kind.</summary>
internal sealed record ListRoutines(Guid? GroupId, string? Kind) : IQuery<IReadOnlyList<RoutineDto>>;

internal sealed record GetRoutine(Guid? GroupId, string RoutineKey) : IQuery<RoutineDto>;

internal sealed class AddRoutineVersionHandler(IBusDbContext db, ICurrentUser user) : ICommandHandler<AddRoutineVersion, Guid>
{
    public async Task<Guid> Handle(AddRoutineVersion command, CancellationToken cancellationToken)
    {
        IReadOnlySet<string> parties;
        if (command.GroupId is { } groupId)
        {
            var group = await db.LoadGroupAsync(groupId, user, cancellationToken);
            BusAccess.EnsureHandler(user);
            // A party agrees through the one who represents it: an empty seat agrees nothing.
            parties = group.Seats.Where(s => s.RepresentativeOrganisationId is not null).Select(s => s.PartyKind).ToHashSet();
        }
        else
        {
            BusAccess.EnsureManager(user);
            parties = (await db.NamesAsync(CatalogueEntry.RequiredParties, cancellationToken)).Keys.ToHashSet();
        }

        if (command.AgreedBy.FirstOrDefault(p => !parties.Contains(p)) is { } unknown)
        {
            throw new BusinessRuleViolationException("Agreed by", $"'{unknown}' is not {(command.GroupId is null ? "in the catalogue of required parties" : "a represented party of the group")}.");
        }

        var versions = await db.RoutineVersions.AsNoTracking().Where(v => v.GroupId == command.GroupId && v.RoutineKey == command.RoutineKey)
            .Select(v => new { v.Kind, v.VersionNumber }).ToListAsync(cancellationToken);
        if (versions.Count > 0 && versions[0].Kind != command.Kind)
        {
            throw new BusinessRuleViolationException("Kind", $"The routine '{command.RoutineKey}' is a {versions[0].Kind} routine.");
        }

        var version = new RoutineVersion(
            command.GroupId, command.Kind, command.RoutineKey, versions.Count == 0 ? 1 : versions.Max(v => v.VersionNumber) + 1, command.Title.Trim(), command.Text.Trim(),
            command.AgreedBy, command.AgreedOn, command.InForceFrom ?? command.AgreedOn, user.UserId);
        db.RoutineVersions.Add(version);
        return version.Id;
    }
}

internal sealed class ListRoutinesHandler(IBusDbContext db, ICurrentUser user, TimeProvider time) : IQueryHandler<ListRoutines, IReadOnlyList<RoutineDto>>
{
    public async Task<IReadOnlyList<RoutineDto>> Handle(ListRoutines query, CancellationToken cancellationToken)
    {
        await RoutineLoading.EnsureReadableAsync(db, query.GroupId, user, cancellationToken);
        var versions = db.RoutineVersions.AsNoTracking().Where(v => v.GroupId == query.GroupId);
        if (query.Kind is not null)
        {
            versions = versions.Where(v => v.Kind == query.Kind);
        }

        var today = StockholmCalendar.Today(time);
        return [.. (await versions.ToListAsync(cancellationToken)).GroupBy(v => v.RoutineKey).OrderBy(g => g.Key, StringComparer.Ordinal).Select(g => RoutineLoading.ToDto(g, today))];
    }
}

internal sealed class GetRoutineHandler(IBusDbContext db, ICurrentUser user, TimeProvider time) : IQueryHandler<GetRoutine, RoutineDto>
{
    public async Task<RoutineDto> Handle(GetRoutine query, CancellationToken cancellationToken)
    {
        await RoutineLoading.EnsureReadableAsync(db, query.GroupId, user, cancellationToken);
        var versions = await db.RoutineVersions.AsNoTracking().Where(v => v.GroupId == query.GroupId && v.RoutineKey == query.RoutineKey).ToListAsync(cancellationToken);
        if (versions.Count == 0)
        {
            throw new NotFoundException($"No routine '{query.RoutineKey}'.");
        }

        return RoutineLoading.ToDto(versions, StockholmCalendar.Today(time));
    }
}

internal static class RoutineLoading
{
    /// <summary>A group's routines are for its parties (404 to others, 403 to the county); city-wide ones for anyone but the county-only role.</summary>
    public static async Task EnsureReadableAsync(IBusDbContext db, Guid? groupId, ICurrentUser user, CancellationToken cancellationToken)
    {
        if (groupId is { } id)
        {
            await db.LoadGroupAsync(id, user, cancellationToken);
        }
        else
        {
            BusAccess.EnsureNotCountyOnly(user);
        }
    }

    public static RoutineDto ToDto(IEnumerable<RoutineVersion> versions, DateOnly today)
    {
        var ordered = versions.OrderByDescending(v => v.VersionNumber).ToList();
        var current = ordered.FirstOrDefault(v => v.InForceFrom <= today);
        var dtos = ordered.Select(v => new RoutineVersionDto(
            v.Id, v.GroupId, v.Kind, v.RoutineKey, v.VersionNumber, v.Title, v.Text, v.AgreedBy, v.AgreedOn, v.InForceFrom, v.Id == current?.Id)).ToList();
        var first = ordered[0];
        return new RoutineDto(first.GroupId, first.Kind, first.RoutineKey, dtos.SingleOrDefault(d => d.Current), dtos);
    }
}

internal sealed class AddRoutineVersionValidator : AbstractValidator<AddRoutineVersion>
{
    public AddRoutineVersionValidator()
    {
        RuleFor(c => c.Kind).NotEmpty().Must(k => RoutineVersion.Kinds.Contains(k)).WithMessage($"One of {string.Join(", ", RoutineVersion.Kinds)}.");
        RuleFor(c => c.RoutineKey).NotEmpty().MaximumLength(InputBounds.Code).Matches("^[a-z0-9-]+$").WithMessage("A routine's key is lower-case letters, digits and hyphens.");
        RuleFor(c => c.Title).NotEmpty().MaximumLength(InputBounds.Name);
        RuleFor(c => c.Text).NotEmpty().MaximumLength(InputBounds.LongText);
        RuleFor(c => c.AgreedBy).NotEmpty().Must(p => p is null || p.Count <= InputBounds.ListItems).WithMessage($"At most {InputBounds.ListItems} parties.");
        RuleForEach(c => c.AgreedBy).NotEmpty().MaximumLength(InputBounds.Code);
    }
}
