using FluentValidation;
using Samverkan.BuildingBlocks.Application.Validation;

namespace Samverkan.OperativeForums.Application.Features.Meetings.RecordAttendance;

internal sealed class RecordAttendanceValidator : AbstractValidator<RecordAttendance>
{
    /// <summary>A forum meeting seats tens of people; a hundred entries is more than any room holds.</summary>
    public const int MaxEntries = 100;

    public RecordAttendanceValidator()
    {
        RuleFor(c => c.Entries).NotEmpty().WithMessage("Record at least one organisation's attendance.");
        RuleFor(c => c.Entries.Count).LessThanOrEqualTo(MaxEntries).OverridePropertyName("entries")
            .WithMessage($"A meeting has at most {MaxEntries} attendance entries.").When(c => c.Entries is not null);
        RuleForEach(c => c.Entries).ChildRules(entry =>
        {
            entry.RuleFor(e => e.OrganisationId).NotEmpty();
            entry.RuleFor(e => e.MemberName).MaximumLength(InputBounds.Name);
        });
        RuleFor(c => c.Entries)
            .Must(entries => entries.GroupBy(e => (e.OrganisationId, e.MemberName?.Trim().ToUpperInvariant())).All(g => g.Count() == 1))
            .WithMessage("Each organisation or member appears once.");
    }
}
