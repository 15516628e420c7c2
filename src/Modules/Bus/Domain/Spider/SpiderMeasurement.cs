using Samverkan.BuildingBlocks.Domain;

namespace Samverkan.Bus.Domain.Spider;

/// <summary>
/// A group's rating of its conditions for collaboration at a date (the "spider"): on each axis every member
/// party's rating and the value the group agreed on. The axes and their scales are data (catalogue
/// spider-axes); the seeds fix none.
/// </summary>
public sealed class SpiderMeasurement : AggregateRoot
{
    /// <summary>A radar needs at least three axes to be a polygon.</summary>
    public const int MinAxes = 3;

    private readonly List<SpiderAgreedValue> _agreed = [];
    private readonly List<SpiderRating> _ratings = [];

    private SpiderMeasurement()
    {
    }

    public SpiderMeasurement(Guid groupId, DateOnly measuredOn, IReadOnlyCollection<AxisValues> axes, IReadOnlyDictionary<string, int> scaleMaxByAxis)
    {
        if (axes.Select(a => a.AxisCode).Distinct().Count() != axes.Count)
        {
            throw new BusinessRuleViolationException("Axes once", "Each axis is rated once in a measurement.");
        }

        if (axes.Count < MinAxes)
        {
            throw new BusinessRuleViolationException("Axes", $"A measurement rates at least {MinAxes} axes.");
        }

        foreach (var axis in axes)
        {
            if (!scaleMaxByAxis.TryGetValue(axis.AxisCode, out var max))
            {
                throw new BusinessRuleViolationException("Known axis", $"'{axis.AxisCode}' is not a configured spider axis.");
            }

            if (axis.Ratings.Select(r => r.PartyKind).Distinct().Count() != axis.Ratings.Count)
            {
                throw new BusinessRuleViolationException("One rating per party", $"A party rates the axis '{axis.AxisCode}' once.");
            }

            foreach (var value in axis.Ratings.Select(r => r.Value).Append(axis.Agreed))
            {
                if (value < 1 || value > max)
                {
                    throw new BusinessRuleViolationException("Scale", $"The axis '{axis.AxisCode}' is rated from 1 to {max}.");
                }
            }

            _agreed.Add(new SpiderAgreedValue(axis.AxisCode, axis.Agreed));
            _ratings.AddRange(axis.Ratings.Select(r => new SpiderRating(axis.AxisCode, r.PartyKind, r.Value)));
        }

        Id = Guid.NewGuid();
        GroupId = groupId;
        MeasuredOn = measuredOn;
    }

    public Guid Id { get; private set; }

    public Guid GroupId { get; private set; }

    public DateOnly MeasuredOn { get; private set; }

    public IReadOnlyList<SpiderAgreedValue> Agreed => _agreed;

    public IReadOnlyList<SpiderRating> Ratings => _ratings;
}

public sealed record AxisValues(string AxisCode, int Agreed, IReadOnlyList<PartyRating> Ratings);

public sealed record PartyRating(string PartyKind, int Value);

public sealed class SpiderAgreedValue
{
    private SpiderAgreedValue()
    {
    }

    internal SpiderAgreedValue(string axisCode, int value)
    {
        Id = Guid.NewGuid();
        AxisCode = axisCode;
        Value = value;
    }

    public Guid Id { get; private set; }

    public string AxisCode { get; private set; } = string.Empty;

    public int Value { get; private set; }
}

public sealed class SpiderRating
{
    private SpiderRating()
    {
    }

    internal SpiderRating(string axisCode, string partyKind, int value)
    {
        Id = Guid.NewGuid();
        AxisCode = axisCode;
        PartyKind = partyKind;
        Value = value;
    }

    public Guid Id { get; private set; }

    public string AxisCode { get; private set; } = string.Empty;

    public string PartyKind { get; private set; } = string.Empty;

    public int Value { get; private set; }
}
