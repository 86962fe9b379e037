import cytoscape from 'cytoscape';
import type { Network } from './api.js';
import { goldsteinColor } from './colors.js';

/**
 * The actor network: nodes sized by their events, directed edges source →
 * target with width by event count and colour by mean Goldstein value (red
 * conflict … blue cooperation). The picked dyad is outlined. Clicking an
 * edge calls `onDyad(source, target)`, a node `onActor(id)`.
 */
export class NetworkView {
  private cy: cytoscape.Core;

  constructor(private el: HTMLElement, onDyad: (a: string, b: string) => void, onActor: (id: string) => void) {
    this.cy = cytoscape({
      container: el,
      wheelSensitivity: 0.3,
      style: [
        { selector: 'node', style: { label: 'data(id)', 'font-size': 11, width: 'data(size)', height: 'data(size)', 'background-color': '#5d6d7e', color: '#222', 'text-valign': 'center', 'text-halign': 'right', 'text-margin-x': 3, 'text-background-color': '#fff', 'text-background-opacity': 0.75, 'text-background-padding': '1px' } },
        { selector: 'node.picked', style: { 'background-color': '#e67e22', 'border-width': 2, 'border-color': '#333' } },
        { selector: 'edge', style: { width: 'data(width)', 'line-color': 'data(color)', 'target-arrow-color': 'data(color)', 'target-arrow-shape': 'triangle', 'curve-style': 'bezier', opacity: 0.75, 'arrow-scale': 0.8 } },
        { selector: 'edge.picked', style: { opacity: 1, 'overlay-color': '#e67e22', 'overlay-opacity': 0.25, 'overlay-padding': 2 } },
      ],
    });
    this.cy.on('tap', 'edge', (ev) => onDyad(ev.target.data('source') as string, ev.target.data('target') as string));
    this.cy.on('tap', 'node', (ev) => onActor(ev.target.id()));
    new ResizeObserver(() => { this.cy.resize(); this.cy.fit(undefined, 12); }).observe(el);
  }

  /** Draws the `maxEdges` heaviest edges of `net` and outlines the dyad a–b. */
  show(net: Network, a: string, b: string, maxEdges = 60): void {
    const edges = net.edges.slice(0, maxEdges);
    const used = new Set(edges.flatMap((e) => [e.source, e.target]));
    const nodes = net.nodes.filter((n) => used.has(n.id));
    const top = Math.max(1, ...nodes.map((n) => n.events));
    const heaviest = Math.max(1, ...edges.map((e) => e.events));
    this.el.dataset.nodes = String(nodes.length);
    this.cy.elements().remove();
    this.cy.add([
      ...nodes.map((n) => ({ data: { id: n.id, size: 12 + 30 * Math.sqrt(n.events / top) }, classes: n.id === a || n.id === b ? 'picked' : '' })),
      ...edges.map((e) => ({
        data: { id: `${e.source}>${e.target}`, source: e.source, target: e.target, width: 1 + 7 * Math.sqrt(e.events / heaviest), color: goldsteinColor(e.goldstein_mean) },
        classes: (e.source === a && e.target === b) || (e.source === b && e.target === a) ? 'picked' : '',
      })),
    ]);
    // a few actors: a force layout; many (dense, hub-like news networks): rings by weight, the busiest in the middle
    const layout = nodes.length <= 8
      ? { name: nodes.length > 2 ? 'cose' : 'circle', animate: false, randomize: false, nodeRepulsion: () => 9000, idealEdgeLength: () => 80, padding: 12 }
      : { name: 'concentric', animate: false, concentric: (n: cytoscape.NodeSingular) => n.data('size') as number, levelWidth: () => 8, minNodeSpacing: 14, padding: 12 };
    this.cy.layout(layout as cytoscape.LayoutOptions).run();
    this.cy.fit(undefined, 12);
  }
}
