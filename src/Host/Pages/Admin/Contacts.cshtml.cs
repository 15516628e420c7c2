using MediatR;
using Microsoft.AspNetCore.Mvc;
using Samverkan.BuildingBlocks.Application.Messaging;
using Samverkan.Host.Admin;
using Samverkan.OperativeForums.Application.Features.Contacts.AssignContactPerson;
using Samverkan.OperativeForums.Application.Features.Contacts.ListContactPersons;
using Samverkan.OperativeForums.Application.Features.Directory.ListDistricts;

namespace Samverkan.Host.Pages.Admin;

/// <summary>Each school's contact person in the district's social services, and changing it.</summary>
public sealed class ContactsModel(IMediator mediator) : AdminPageModel(mediator)
{
    public sealed class ContactInput
    {
        public Guid SchoolId { get; set; }

        public string? ContactUserId { get; set; }

        public string? ContactName { get; set; }
    }

    [BindProperty(SupportsGet = true)]
    public string? District { get; set; }

    [BindProperty]
    public ContactInput Contact { get; set; } = new();

    public IReadOnlyList<DistrictDto> Districts { get; private set; } = [];

    public IReadOnlyList<SchoolContactDto> Schools { get; private set; } = [];

    public async Task OnGetAsync() => await LoadAsync();

    public async Task<IActionResult> OnPostAsync()
    {
        ModelState.Clear();
        var (ok, _) = await TrySendAsync(
            new AssignContactPerson(Contact.SchoolId, District ?? string.Empty, Contact.ContactUserId ?? string.Empty, Contact.ContactName ?? string.Empty),
            nameof(Contact), nameof(Contact.SchoolId));
        if (ok)
        {
            StatusMessage = "Kontaktpersonen är ändrad; skolan får besked.";
            return RedirectToPage(new { district = District });
        }

        await LoadAsync();
        return Page();
    }

    public bool HasError(Guid schoolId) => Contact.SchoolId == schoolId && !ModelState.IsValid;

    private async Task LoadAsync()
    {
        Districts = await Mediator.Send(new ListDistricts());
        District = Districts.Any(d => d.Code == District) ? District : Districts.FirstOrDefault()?.Code;
        Schools = District is null ? [] : (await Mediator.Send(new ListContactPersons(District, 1, Paging.MaxPageSize))).Items;
    }
}
