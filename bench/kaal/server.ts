// The bare baseline: Fastify and a pg pool, no framework of our own. It authenticates the session
// cookie with one query and runs the page's data statements as plain SQL, no tenancy transaction,
// no query builder, no law engine. What the app costs on top of this is what bench:verzoek reports.
// Run: DATABASE_URL=postgres://… PORT=… node bench/kaal/server.ts
import { createHash } from 'node:crypto';
import Fastify, { type FastifyReply, type FastifyRequest } from 'fastify';
import pg from 'pg';

const pool = new pg.Pool({ connectionString: process.env.DATABASE_URL, max: 10 });
const app = Fastify({ logger: false });

const SESSIE = `select s.csrf_token, g.id, g.email, g.naam,
    coalesce((select json_agg(json_build_object('rol', r.rol, 'instellingId', r.instelling_id)) from rollen r where r.gebruiker_id = g.id), '[]') as rollen
  from sessies s join gebruikers g on g.id = s.gebruiker_id and g.actief
  where s.id = $1 and s.verloopt_op > now() and s.laatst_gebruikt_op > now() - interval '30 minutes'`;

async function sessie(request: FastifyRequest, reply: FastifyReply) {
  const token = /leerroute_sessie=([^;]+)/.exec(request.headers.cookie ?? '')?.[1];
  const { rows } = token ? await pool.query(SESSIE, [createHash('sha256').update(token).digest('hex')]) : { rows: [] };
  if (!rows[0]) {
    reply.status(401).send({ title: 'Niet ingelogd' });
    return null;
  }
  return rows[0] as { id: string; csrf_token: string };
}

app.get('/api/v1/sessie', async (request, reply) => {
  const s = await sessie(request, reply);
  return s ? { gebruiker: s, csrfToken: s.csrf_token } : reply;
});

app.get('/api/v1/deelnemers', async (request, reply) => {
  if (!(await sessie(request, reply))) return reply;
  const pagina = await pool.query(
    `select d.id, d.roepnaam, d.achternaam, d.geboortedatum, d.startdatum, d.soort_nummer, l.id as leerroute_id, l.naam as leerroute_naam, l.soort
       from deelnemers d join leerroutes l on l.id = d.leerroute_id order by d.achternaam, d.roepnaam, d.id limit 25`,
  );
  const totaal = await pool.query('select count(*)::int as n from deelnemers');
  return { page: 1, pageSize: 25, total: totaal.rows[0].n, data: pagina.rows };
});

app.get<{ Params: { id: string } }>('/api/v1/deelnemers/:id', async (request, reply) => {
  if (!(await sessie(request, reply))) return reply;
  const id = request.params.id;
  const q = async (text: string) => (await pool.query(text, [id])).rows;
  const [deelnemer] = await q('select * from deelnemers where id = $1');
  if (!deelnemer) return reply.status(404).send({ title: 'Niet gevonden' });
  const [leerroute] = (await pool.query('select * from leerroutes where id = $1', [deelnemer.leerroute_id])).rows;
  return {
    deelnemer,
    leerroute,
    gebeurtenissen: await q(
      'select * from gebeurtenissen g where g.deelnemer_id = $1 and not exists (select 1 from gebeurtenis_intrekkingen i where i.gebeurtenis_id = g.id) order by g.datum, g.id',
    ),
    registraties: await q('select * from registraties where deelnemer_id = $1 order by datum, id'),
    bpvPerioden: await q('select * from bpv_perioden where deelnemer_id = $1 order by van'),
    overstappen: await q('select * from overstappen where deelnemer_id = $1 order by geopend_op'),
    faseovergang: await q(
      'select f.id, f.ingangsdatum, fd.examenkandidaat from faseovergang_deelnemers fd join faseovergangen f on f.id = fd.faseovergang_id where fd.deelnemer_id = $1',
    ),
    ingetrokken: await q(
      'select g.*, i.reden, i.ingetrokken_op from gebeurtenis_intrekkingen i join gebeurtenissen g on g.id = i.gebeurtenis_id where i.deelnemer_id = $1 order by g.datum, g.id',
    ),
  };
});

app.get('/api/v1/health', async () => ({ status: 'ok' }));

await app.listen({ port: Number(process.env.PORT), host: '127.0.0.1' });
const stop = () => void app.close().then(() => pool.end()).then(() => process.exit(0));
process.on('SIGTERM', stop);
process.on('SIGINT', stop);
