/**
 * Builds Starlight's sidebar from the protocol data: the site-wide tools, one link per protocol, and the
 * guides. Never single codes nor categories: every page carries the whole sidebar, so it must grow with
 * the number of protocols only. A protocol's categories are on its reference page and in its table of
 * contents.
 */
import { inOrder } from './order';

export interface SidebarProtocol {
	id: string;
	name: string;
	order: number;
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
	return [
		{ label: 'Look up an error message', link: '/lookup/' },
		{ label: 'What to do now', link: '/triage/' },
		{ label: 'All codes', link: '/codes/' },
		{ label: 'Compare protocols', link: '/compare/' },
		{
			label: 'Protocols',
			items: inOrder(protocols).map((protocol) => ({ label: protocol.name, link: `/${protocol.id}/` })),
		},
		{
			label: 'Guides',
			items: inOrder(guides, (guide) => ({ rank: guide.order, id: guide.slug })).map((guide) => ({ label: guide.title, link: `/guides/${guide.slug}/` })),
		},
	];
}
