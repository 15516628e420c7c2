using FluentValidation;
using Samverkan.SchoolAttendance.Domain.SocialServices;

namespace Samverkan.SchoolAttendance.Application.Features.SocialServices.RecordMeeting;

internal sealed class RecordMeetingValidator : AbstractValidator<RecordMeeting>
{
    public RecordMeetingValidator() =>
        RuleFor(c => c.Status).Must(MeetingStatuses.Recordable.Contains).WithMessage($"Status must be one of: {string.Join(", ", MeetingStatuses.Recordable)}.");
}
