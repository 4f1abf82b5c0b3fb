CREATE TABLE "api_tokens" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"hash" text NOT NULL,
	"naam" text NOT NULL,
	"gebruiker_id" uuid NOT NULL,
	"scopes" text[] NOT NULL,
	"aangemaakt_door" uuid NOT NULL,
	"aangemaakt_op" timestamp with time zone DEFAULT now() NOT NULL,
	"verloopt_op" timestamp with time zone NOT NULL,
	"laatst_gebruikt_op" timestamp with time zone,
	"ingetrokken_op" timestamp with time zone,
	"ingetrokken_door" uuid,
	CONSTRAINT "api_tokens_hash_unique" UNIQUE("hash")
);
--> statement-breakpoint
ALTER TABLE "api_tokens" ADD CONSTRAINT "api_tokens_gebruiker_id_gebruikers_id_fk" FOREIGN KEY ("gebruiker_id") REFERENCES "public"."gebruikers"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "api_tokens_gebruiker_idx" ON "api_tokens" USING btree ("gebruiker_id");--> statement-breakpoint
-- Credentials, like sessies: read before any tenancy exists, never by the request role. Row-level
-- security is on without a policy for leerroute_app, and that role has no grant: a request that
-- runs inside metToegang can neither read nor write a token (test/api/api-tokens.test.ts).
ALTER TABLE "api_tokens" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
REVOKE ALL ON "api_tokens" FROM leerroute_app;
