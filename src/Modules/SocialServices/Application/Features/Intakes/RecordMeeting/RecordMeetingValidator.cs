using FluentValidation;
using Samverkan.SocialServices.Domain.Cases;

namespace Samverkan.SocialServices.Application.Features.Intakes.RecordMeeting;

internal sealed class RecordMeetingValidator : AbstractValidator<RecordMeeting>
{
    public RecordMeetingValidator() =>
        RuleFor(c => c.Status).Must(MeetingStatuses.Recordable.Contains).WithMessage($"Status must be one of: {string.Join(", ", MeetingStatuses.Recordable)}.");
}
