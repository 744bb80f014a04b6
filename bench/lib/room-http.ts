/** The room server's HTTP API as the bench uses it (docs/api.md). */
export interface ApiReply {
  status: number;
  body: unknown;
}

export class RoomHttp {
  constructor(
    readonly baseUrl: string,
    private readonly token: string,
  ) {}

  async request(method: 'GET' | 'POST', path: string, body?: unknown): Promise<ApiReply> {
    const headers: Record<string, string> = { Authorization: `Bearer ${this.token}` };
    if (body !== undefined) headers['Content-Type'] = 'application/json';
    const res = await fetch(`${this.baseUrl}${path}`, {
      method,
      headers,
      ...(body !== undefined ? { body: JSON.stringify(body) } : {}),
    });
    const text = await res.text();
    let parsed: unknown = text;
    try {
      parsed = JSON.parse(text);
    } catch {
      // Not JSON: keep the text for the error message.
    }
    return { status: res.status, body: parsed };
  }

  /** POST a command; throws with the server's answer unless it was applied. */
  async command(command: { type: string; [key: string]: unknown }): Promise<unknown> {
    const reply = await this.request('POST', '/api/command', command);
    if (reply.status !== 200) throw new Error(`${command.type} → ${reply.status} ${JSON.stringify(reply.body)}`);
    return reply.body;
  }

  async snapshot(): Promise<LiveSnapshotLike> {
    const reply = await this.request('GET', '/api/snapshot');
    if (reply.status !== 200) throw new Error(`snapshot → ${reply.status} ${JSON.stringify(reply.body)}`);
    return reply.body as LiveSnapshotLike;
  }
}

/** The parts of LiveSnapshot the bench reads. */
export interface LiveSnapshotLike {
  version: number;
  at: number;
  meetingId: string | null;
  engine: {
    currentId: string | null;
    meeting: { status: string; deadline: number | null };
    items: { id: string; status: string; deadline: number | null; runningSince: number | null; limitMs: number }[];
  } | null;
}

/** The deadline of the running item, or null. */
export function currentDeadline(snapshot: LiveSnapshotLike): number | null {
  const engine = snapshot.engine;
  if (!engine || !engine.currentId) return null;
  return engine.items.find((i) => i.id === engine.currentId)?.deadline ?? null;
}
