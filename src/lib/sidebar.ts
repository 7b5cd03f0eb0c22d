/** Builds Starlight's sidebar from the protocol data: protocols, their categories, and the guides — never single codes. */

export interface SidebarProtocol {
	id: string;
	name: string;
	order: number;
	categories: readonly { id: string; name: string }[];
}

type SidebarLink = { label: string; link: string };
type SidebarItem = SidebarLink | SidebarGroup;
type SidebarGroup = { label: string; collapsed?: boolean; items: (SidebarLink | SidebarGroup)[] };

export interface SidebarGuide {
	/** The guide's path below /guides/, e.g. `linking`. */
	slug: string;
	title: string;
	order: number;
}

export function buildSidebar(protocols: readonly SidebarProtocol[], guides: readonly SidebarGuide[] = []): SidebarItem[] {
	const byOrder = [...protocols].sort((a, b) => a.order - b.order || a.name.localeCompare(b.name));
	return [
		{ label: 'Look up an error message', link: '/lookup/' },
		{ label: 'All codes', link: '/codes/' },
		{ label: 'Compare protocols', link: '/compare/' },
		{
			label: 'Protocols',
			items: byOrder.map((protocol) => ({
				label: protocol.name,
				collapsed: true,
				items: [
					{ label: `${protocol.name} reference`, link: `/${protocol.id}/` },
					...protocol.categories.map((category) => ({
						label: category.name,
						link: `/${protocol.id}/#${category.id}`,
					})),
				],
			})),
		},
		{
			label: 'Guides',
			items: [...guides]
				.sort((a, b) => a.order - b.order || a.title.localeCompare(b.title))
				.map((guide) => ({ label: guide.title, link: `/guides/${guide.slug}/` })),
		},
	];
}
