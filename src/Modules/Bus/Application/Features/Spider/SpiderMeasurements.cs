using FluentValidation;
using Microsoft.EntityFrameworkCore;
using Samverkan.BuildingBlocks.Application.Errors;
using Samverkan.BuildingBlocks.Application.Messaging;
using Samverkan.BuildingBlocks.Application.Security;
using Samverkan.BuildingBlocks.Application.Validation;
using Samverkan.Bus.Application.Features.Catalogues;
using Samverkan.Bus.Domain.Catalogues;
using Samverkan.Bus.Domain.Spider;

namespace Samverkan.Bus.Application.Features.Spider;

public sealed record RatingInput(string PartyKind, int Value);

public sealed record AxisInput(string AxisCode, int Agreed, IReadOnlyList<RatingInput>? Ratings);

public sealed record AxisValueDto(string AxisCode, string AxisName, int ScaleMax, int Agreed, IReadOnlyList<RatingInput> Ratings);

public sealed record MeasurementDto(Guid Id, DateOnly MeasuredOn, IReadOnlyList<AxisValueDto> Axes);

/// <summary>A group rates its conditions for collaboration at a date: each member party's rating and the agreed value per axis.</summary>
internal sealed record RecordMeasurement(Guid GroupId, DateOnly MeasuredOn, IReadOnlyList<AxisInput> Axes) : ICommand<Guid>;

/// <summary>The group's measurements in the period, oldest first: the series over time.</summary>
internal sealed record ListMeasurements(Guid GroupId, DateOnly? From, DateOnly? To) : IQuery<IReadOnlyList<MeasurementDto>>;

internal sealed class RecordMeasurementHandler(IBusDbContext db, ICurrentUser user) : ICommandHandler<RecordMeasurement, Guid>
{
    public async Task<Guid> Handle(RecordMeasurement command, CancellationToken cancellationToken)
    {
        var group = await db.LoadGroupAsync(command.GroupId, user, cancellationToken);
        BusAccess.EnsureHandler(user);
        if (await db.SpiderMeasurements.AnyAsync(m => m.GroupId == group.Id && m.MeasuredOn == command.MeasuredOn, cancellationToken))
        {
            throw new ConflictException($"The group has a measurement on {command.MeasuredOn:yyyy-MM-dd} already.");
        }

        var scales = await db.SpiderScalesAsync(cancellationToken);
        var measurement = new SpiderMeasurement(
            group.Id, command.MeasuredOn,
            [.. command.Axes.Select(a => new AxisValues(a.AxisCode, a.Agreed, [.. (a.Ratings ?? []).Select(r => new PartyRating(r.PartyKind, r.Value))]))],
            scales.ToDictionary(s => s.Key, s => s.Value.ScaleMax));
        db.SpiderMeasurements.Add(measurement);
        return measurement.Id;
    }
}

internal sealed class ListMeasurementsHandler(IBusDbContext db, ICurrentUser user) : IQueryHandler<ListMeasurements, IReadOnlyList<MeasurementDto>>
{
    public Task<IReadOnlyList<MeasurementDto>> Handle(ListMeasurements query, CancellationToken cancellationToken) =>
        db.SpiderSeriesAsync(user, query.GroupId, query.From, query.To, cancellationToken);
}

internal static class SpiderScales
{
    /// <summary>The group's measurements in the period, oldest first, for a caller who is a party of the group.</summary>
    public static async Task<IReadOnlyList<MeasurementDto>> SpiderSeriesAsync(
        this IBusDbContext db, ICurrentUser user, Guid groupId, DateOnly? from, DateOnly? to, CancellationToken cancellationToken)
    {
        var group = await db.LoadGroupAsync(groupId, user, cancellationToken);
        var measurements = db.SpiderMeasurements.AsNoTracking().Where(m => m.GroupId == group.Id);
        if (from is not null)
        {
            measurements = measurements.Where(m => m.MeasuredOn >= from);
        }

        if (to is not null)
        {
            measurements = measurements.Where(m => m.MeasuredOn <= to);
        }

        var scales = await db.SpiderScalesAsync(cancellationToken);
        return [.. (await measurements.OrderBy(m => m.MeasuredOn).ToListAsync(cancellationToken)).Select(m => new MeasurementDto(
            m.Id, m.MeasuredOn,
            [.. m.Agreed.OrderBy(a => a.AxisCode).Select(a => new AxisValueDto(
                a.AxisCode, scales.GetValueOrDefault(a.AxisCode).Name ?? a.AxisCode, scales.GetValueOrDefault(a.AxisCode).ScaleMax, a.Value,
                [.. m.Ratings.Where(r => r.AxisCode == a.AxisCode).OrderBy(r => r.PartyKind).Select(r => new RatingInput(r.PartyKind, r.Value))]))]))];
    }

    public static async Task<Dictionary<string, (string Name, int ScaleMax)>> SpiderScalesAsync(this IBusDbContext db, CancellationToken cancellationToken) =>
        (await db.CatalogueAsync(CatalogueEntry.SpiderAxes, cancellationToken)).ToDictionary(e => e.Code, e => (e.Name, e.ScaleMax ?? 1));
}

internal sealed class RecordMeasurementValidator : AbstractValidator<RecordMeasurement>
{
    /// <summary>A spider has a handful of axes; twenty-five keeps a radar readable.</summary>
    public const int MaxAxes = 25;

    /// <summary>One rating per party of a group.</summary>
    public const int MaxRatings = 30;

    public RecordMeasurementValidator()
    {
        RuleFor(c => c.Axes).NotEmpty();
        RuleFor(c => c.Axes.Count).LessThanOrEqualTo(MaxAxes).OverridePropertyName("axes")
            .WithMessage($"A measurement has at most {MaxAxes} axes.").When(c => c.Axes is not null);
        RuleForEach(c => c.Axes).ChildRules(axis =>
        {
            axis.RuleFor(a => a.AxisCode).NotEmpty().MaximumLength(InputBounds.Code);
            axis.RuleFor(a => a.Ratings).Must(r => r is null || r.Count <= MaxRatings).WithMessage($"An axis has at most {MaxRatings} ratings.");
            axis.RuleForEach(a => a.Ratings).ChildRules(rating => rating.RuleFor(r => r.PartyKind).NotEmpty().MaximumLength(InputBounds.Code));
        });
    }
}

internal sealed class ListMeasurementsValidator : AbstractValidator<ListMeasurements>
{
    public ListMeasurementsValidator() => RuleFor(q => q.To).WithinQueryRange(q => q.From);
}
