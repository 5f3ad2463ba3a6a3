-- Forum benchmark data: one OPEN public group "bench-forum" (as GroupService.create makes it: the group, its six
-- default categories, the creator as coordinator), 1 000 verified members, 10 000 threads over the six categories and
-- 100 000 posts (4 to 15 per thread, 10 on average, and one
-- long thread of 150) whose HTML is what MarkdownRenderer makes of their Markdown
-- (taken once from POST /api/v1/posts/preview). Thread reply_count / last_post_at match their posts.
--
-- Load into the entraide_bench database after the backend has migrated it (an empty schema holding only the admin
-- account admin@bench.test that APP_ADMIN_EMAIL created): bench/forum-setup.sh does both. Every member's password is
-- the admin's (the hash is copied): bench-admin-password. Emails: membre0001@bench.test … membre1000@bench.test.
--
-- Its size comes from psql variables, with these defaults: threads (10000, at least 142), members (1000) and admin
-- (the account made coordinator, whose password hash members share). The test suite loads this file at a small
-- size through JDBC (ForumBenchDataTest), which reads only the psql commands used here: keep to \set, \if … \endif
-- on :{?name}, \gset, :name and :'name'.
\set ON_ERROR_STOP on
\if :{?threads}
\else
\set threads 10000
\endif
\if :{?members}
\else
\set members 1000
\endif
\if :{?admin}
\else
\set admin admin@bench.test
\endif
begin;

create temp table bench_text (n int primary key, body text not null, html text not null) on commit drop;
insert into bench_text values
  (0, $b$Bonjour à toutes et tous,

Suite à notre rencontre de jeudi à la **médiathèque de Lezoux**, je partage le compte rendu : nous avons surtout parlé de l'ouverture le dimanche et de l'accueil des associations dans l'espace *fablab*. Qui serait partant·e pour un atelier commun en janvier ?$b$,
   $h$<p>Bonjour à toutes et tous,</p>
<p>Suite à notre rencontre de jeudi à la <strong>médiathèque de Lezoux</strong>, je partage le compte rendu : nous avons surtout parlé de l&#39;ouverture le dimanche et de l&#39;accueil des associations dans l&#39;espace <em>fablab</em>. Qui serait partant·e pour un atelier commun en janvier ?</p>
$h$),
  (1, $b$Merci pour ce retour ! Chez nous, l'ouverture élargie a d'abord fait **grimper la fréquentation des familles**, mais il a fallu revoir les plannings :

- deux agents volontaires par dimanche ;
- un bénévole de l'association des parents ;
- une permanence numérique l'après-midi.

On peut en discuter à la prochaine visio.$b$,
   $h$<p>Merci pour ce retour ! Chez nous, l&#39;ouverture élargie a d&#39;abord fait <strong>grimper la fréquentation des familles</strong>, mais il a fallu revoir les plannings :</p>
<ul><li>deux agents volontaires par dimanche ;</li><li>un bénévole de l&#39;association des parents ;</li><li>une permanence numérique l&#39;après-midi.</li></ul>
<p>On peut en discuter à la prochaine visio.</p>
$h$),
  (2, $b$Je rejoins Mathilde sur ce point : le *tiers-lieu* ne fonctionne que si les usagers y trouvent leur place dès la conception. Nous avons lancé un questionnaire en ligne (plus de 300 réponses) et organisé trois cafés-discussions. Le document de synthèse est disponible sur [notre wiki](https://wiki.example.org/synthese-usagers).$b$,
   $h$<p>Je rejoins Mathilde sur ce point : le <em>tiers-lieu</em> ne fonctionne que si les usagers y trouvent leur place dès la conception. Nous avons lancé un questionnaire en ligne (plus de 300 réponses) et organisé trois cafés-discussions. Le document de synthèse est disponible sur <a href="https://wiki.example.org/synthese-usagers" rel="ugc nofollow noopener">notre wiki</a>.</p>
$h$),
  (3, $b$Petite question pratique : comment gérez-vous **le bruit** quand l'atelier couture et le coin lecture partagent le même plateau ? Nous avons essayé des panneaux acoustiques mobiles, avec un résultat mitigé. Toute idée est bienvenue, même `low-tech` !$b$,
   $h$<p>Petite question pratique : comment gérez-vous <strong>le bruit</strong> quand l&#39;atelier couture et le coin lecture partagent le même plateau ? Nous avons essayé des panneaux acoustiques mobiles, avec un résultat mitigé. Toute idée est bienvenue, même <code>low-tech</code> !</p>
$h$),
  (4, $b$Pour la feuille de route, je propose d'ajouter :

1. un état des lieux des **conventions avec les associations** ;
2. une fiche sur l'assurance des bénévoles ;
3. un retour d'expérience sur les horaires élargis.

Si personne ne s'y oppose, je crée les actions d'ici vendredi.$b$,
   $h$<p>Pour la feuille de route, je propose d&#39;ajouter :</p>
<ol><li>un état des lieux des <strong>conventions avec les associations</strong> ;</li><li>une fiche sur l&#39;assurance des bénévoles ;</li><li>un retour d&#39;expérience sur les horaires élargis.</li></ol>
<p>Si personne ne s&#39;y oppose, je crée les actions d&#39;ici vendredi.</p>
$h$),
  (5, $b$Compte rendu de la formation « Animer un tiers-lieu » à Lyon : beaucoup d'échanges sur la *gouvernance partagée* et sur l'évaluation. L'intervenante insistait sur un point : ~~mesurer la fréquentation~~ raconter ce qui change pour les habitants. Les supports sont en pièce jointe sur le drive du groupe.$b$,
   $h$<p>Compte rendu de la formation « Animer un tiers-lieu » à Lyon : beaucoup d&#39;échanges sur la <em>gouvernance partagée</em> et sur l&#39;évaluation. L&#39;intervenante insistait sur un point : <del>mesurer la fréquentation</del> raconter ce qui change pour les habitants. Les supports sont en pièce jointe sur le drive du groupe.</p>
$h$),
  (6, $b$Bonsoir, je découvre le groupe et je me présente : bibliothécaire dans une commune de 4 000 habitants, nous ouvrons un **espace de convivialité** au printemps avec une grainothèque et un atelier de réparation de vélos. Ravie de lire vos expériences, elles tombent à pic !$b$,
   $h$<p>Bonsoir, je découvre le groupe et je me présente : bibliothécaire dans une commune de 4 000 habitants, nous ouvrons un <strong>espace de convivialité</strong> au printemps avec une grainothèque et un atelier de réparation de vélos. Ravie de lire vos expériences, elles tombent à pic !</p>
$h$),
  (7, $b$D'accord avec ce qui précède. Attention toutefois aux conditions d'accueil du public mineur le soir : vérifiez le règlement intérieur avant d'ouvrir l'atelier *jeux vidéo* après 19 h. Nous avions dû le réécrire entièrement avec le service juridique de la communauté de communes.$b$,
   $h$<p>D&#39;accord avec ce qui précède. Attention toutefois aux conditions d&#39;accueil du public mineur le soir : vérifiez le règlement intérieur avant d&#39;ouvrir l&#39;atelier <em>jeux vidéo</em> après 19 h. Nous avions dû le réécrire entièrement avec le service juridique de la communauté de communes.</p>
$h$);

create temp table bench_title (n int primary key, title text not null) on commit drop;
insert into bench_title values
  (0, $t$Ouverture le dimanche : vos retours ?$t$),
  (1, $t$Compte rendu de la rencontre de Lezoux$t$),
  (2, $t$Accueillir les associations dans l'espace fablab$t$),
  (3, $t$Gérer le bruit dans un espace partagé$t$),
  (4, $t$Conventions avec les bénévoles$t$),
  (5, $t$Formation « Animer un tiers-lieu »$t$),
  (6, $t$Grainothèque et atelier vélo : on se lance$t$),
  (7, $t$Règlement intérieur et horaires du soir$t$),
  (8, $t$Questionnaire aux usagers : synthèse$t$),
  (9, $t$Prochaine visio du groupe$t$),
  (10, $t$Financer le mobilier modulable$t$),
  (11, $t$Partenariat avec le centre social$t$);

-- the group, mirroring GroupService.create + DefaultCategories.createFor
insert into work_group (slug, name, description, visibility, join_policy)
values ('bench-forum', 'Forum de mesure', 'Groupe de mesure des performances du forum (données générées).', 'PUBLIC', 'OPEN');

insert into category (group_id, slug, name, description, position)
select g.id, c.slug, c.name, c.description, c.position
from work_group g, (values
    ('vie-du-groupe', 'Vie du groupe', 'Pour partager les avancées du groupe, les sujets en cours et les prochaines rencontres.', 1),
    ('publications', 'Publications', 'Pour partager nos écrits, nos lectures, podcasts, vidéos, etc.', 2),
    ('rencontres-formations', 'Rencontres, formations', 'Les choses à venir qu''on ne voudrait pas louper.', 3),
    ('feuille-de-route', 'Feuille de route', 'État des lieux de tous les points sur lesquels il faut travailler pour que les médiathèques tiers-lieux puissent se développer.', 4),
    ('partage-d-experiences', 'Partage d''expériences', 'Pour partager, par écrit, en vidéo ou en visio, nos projets de médiathèques tiers-lieux ou de tiers-lieux incluant une médiathèque.', 5),
    ('co-developpement', 'Co-développement / atelier d''entraide', 'Un format pour partager une problématique et s''appuyer sur les expériences du groupe pour avancer.', 6)
) as c(slug, name, description, position)
where g.slug = 'bench-forum';

insert into membership (group_id, user_id, role, status)
select g.id, u.id, 'COORDINATOR', 'ACTIVE'
from work_group g, app_user u
where g.slug = 'bench-forum' and u.email = :'admin';

-- 1 000 verified members (e-mail digest IMMEDIATE, the default), all active members of the group
insert into app_user (email, username, display_name, password_hash, email_verified, unsubscribe_key, created_at)
select format('membre%s@bench.test', lpad(i::text, 4, '0')),
       format('membre%s', lpad(i::text, 4, '0')),
       (array['Camille', 'Dominique', 'Claude', 'Sacha', 'Mathilde', 'Aurélie', 'Karim', 'Fatou', 'Yann', 'Léa'])[1 + i % 10]
           || ' ' || (array['Martin', 'Bernard', 'Robert', 'Petit', 'Durand', 'Leroy', 'Moreau', 'Diallo', 'Nguyen', 'Fournier', 'Girard'])[1 + i % 11]
           || ' ' || i,
       (select password_hash from app_user where email = :'admin'),
       true,
       md5('bench-unsubscribe-' || i) || md5('bench-key-' || i),
       now() - interval '800 days'
from generate_series(1, :members) as i;

create temp table bench_member on commit drop as
select row_number() over (order by id)::int as n, id
from app_user where email like 'membre%@bench.test';
alter table bench_member add primary key (n);

insert into membership (group_id, user_id, role, status, joined_at)
select g.id, m.id, 'MEMBER', 'ACTIVE', now() - interval '790 days'
from work_group g, bench_member m
where g.slug = 'bench-forum';

-- 10 000 threads: ids fixed here so posts can refer to them. Thread i belongs to category 1 + i % 6 and has
-- 10 + d (i odd) or 10 - d (i even) posts, d = ((i - 1) / 2) % 6, i.e. 5 to 15; except that thread 1 is a long one
-- of 150 posts (for pages of 100) and threads 2 to 141 give it one post each: exactly 100 000 posts in all.
-- Thread i opens 731 days ago + i × 1 h 45 min; its posts follow every `step` minutes. Three threads are pinned.
create temp table bench_thread on commit drop as
with counted as (
    select i,
           case when i = 1 then 150
                when i % 2 = 1 then 10 + ((i - 1) / 2) % 6
                else 10 - ((i - 1) / 2) % 6 end
           - case when i between 2 and 141 then 1 else 0 end as posts
    from generate_series(1, :threads) as i)
select i,
       (select coalesce(max(id), 0) from thread) + i as id,
       posts,
       (sum(posts) over (order by i) - posts)::int as first_post, -- index of its first post among all generated posts
       now() - interval '731 days' + i * interval '105 minutes' as created_at,
       case when i = 1 then 2 else 5 + (i * 13) % 50 end as step
from counted;

insert into thread (id, group_id, category_id, author_id, title, pinned, locked, reply_count, last_post_at, created_at)
select t.id, g.id, c.id, m.id,
       ti.title || case when t.i > 12 then ' (' || t.i || ')' else '' end,
       t.i in (:threads / 4, :threads / 2, :threads - 1), false, t.posts - 1,
       t.created_at + (t.posts - 1) * t.step * interval '1 minute',
       t.created_at
from bench_thread t
join work_group g on g.slug = 'bench-forum'
join category c on c.group_id = g.id and c.position = 1 + t.i % 6
join bench_member m on m.n = 1 + (t.i * 7919) % :members
join bench_title ti on ti.n = t.i % 12;
select setval(pg_get_serial_sequence('thread', 'id'), (select max(id) from thread)) as thread_seq \gset

-- 100 000 posts, oldest first within a thread (ascending ids); the first is by the thread's author
insert into post (id, thread_id, author_id, body, html, created_at)
select (select coalesce(max(id), 0) from post) + t.first_post + j + 1,
       t.id,
       case when j = 0 then th.author_id else m.id end,
       x.body, x.html,
       t.created_at + j * t.step * interval '1 minute'
from bench_thread t
join thread th on th.id = t.id
cross join lateral generate_series(0, t.posts - 1) as j
join bench_member m on m.n = 1 + (t.i * 31 + j * 97) % :members
join bench_text x on x.n = (t.i + j) % 8
order by 1;
select setval(pg_get_serial_sequence('post', 'id'), (select max(id) from post)) as post_seq \gset

commit;
analyze app_user, work_group, category, membership, thread, post;
