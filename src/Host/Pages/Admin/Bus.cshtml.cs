using MediatR;
using Microsoft.AspNetCore.Mvc;
using Samverkan.Bus.Application.Features.Groups.GetGroup;
using Samverkan.Bus.Application.Features.Groups.ListGroups;
using Samverkan.Bus.Application.Features.Spider;
using Samverkan.Host.Admin;
using Samverkan.OperativeForums.Application.Features.Directory.ListDistricts;

namespace Samverkan.Host.Pages.Admin;

/// <summary>The city's local BUS groups: what each covers today, which seats are empty, and one group's spider measurements as a radar chart.</summary>
public sealed class BusModel(IMediator mediator) : AdminPageModel(mediator)
{
    [BindProperty(SupportsGet = true)]
    public Guid? Group { get; set; }

    public IReadOnlyList<GroupDto> Groups { get; private set; } = [];

    public GroupDto? Selected { get; private set; }

    public IReadOnlyDictionary<string, string> DistrictNames { get; private set; } = new Dictionary<string, string>();

    public async Task OnGetAsync()
    {
        DistrictNames = (await Mediator.Send(new ListDistricts())).ToDictionary(d => d.Code, d => d.Name);
        Groups = (await Mediator.Send(new ListGroups(null, null, PageSize: 100))).Items;
        Selected = Groups.FirstOrDefault(g => g.Id == Group);
    }

    /// <summary>The radar chart as an image of its own, so the console's policy (images from itself only) allows it.</summary>
    public async Task<IActionResult> OnGetRadarAsync(Guid group) =>
        Content(await Mediator.Send(new GetRadarChart(group, null, null)), "image/svg+xml");

    /// <summary>The areas a group covers today, by name in Swedish order.</summary>
    public string CurrentAreas(GroupDto group) =>
        string.Join(", ", group.Coverage.Where(c => c.To is null).Select(c => DistrictNames.GetValueOrDefault(c.Code, c.Code)).Order(StringComparer.Create(new System.Globalization.CultureInfo("sv-SE"), false)));
}
