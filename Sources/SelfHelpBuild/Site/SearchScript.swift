/// `assets/search.js`, the site's one script: reads `?q=` and the filters, fetches `search/meta.json`,
/// the shards of the query's terms and the filters' lists, ranks, then fetches the ten best
/// articles' records and shows them (title linked to the best-matching section, service, type,
/// clouds, the section's excerpt with the terms marked). Everything it shows goes into the page
/// as text nodes (never as HTML); it fetches only from the site's own folder.
///
/// Ranking: articles matching more of the query's terms first, then by the sum of their scores.
/// The last term also matches as a prefix (`sync` finds `synchronization`), at a lower score.
enum SearchScript {
    static let source = #"""
    'use strict';
    (function () {
      var base = new URL('search/', document.baseURI).href;
      var params = new URLSearchParams(location.search);
      var query = params.get('q') || '';
      var chosen = { service: params.get('service') || '', type: params.get('type') || '', cloud: params.get('cloud') || '' };
      var statusLine = document.getElementById('status');
      var list = document.getElementById('results');
      var more = document.getElementById('more');
      document.getElementById('q').value = query;
      var cache = {};
      function get(path) {
        if (!cache[path]) {
          cache[path] = fetch(base + path).then(function (r) {
            if (!r.ok) { throw new Error(path + ': ' + r.status); }
            return r.json();
          });
        }
        return cache[path];
      }
      function say(text) { statusLine.textContent = text; }
      // Words are keys of plain objects: `constructor` or `toString` must not find Object's own.
      function own(object, key) { return Object.prototype.hasOwnProperty.call(object, key); }
      function terms(text, stop) {
        var seen = Object.create(null);
        return text.toLowerCase().split(/[^\p{L}\p{N}]+/u).filter(function (t) {
          if (t.length < 2 || t.length > 40 || stop[t] || seen[t]) { return false; }
          seen[t] = true;
          return true;
        });
      }
      function shardOf(term, keys) {
        var best = -1;
        for (var i = 0; i < keys.length; i++) {
          if (term.lastIndexOf(keys[i], 0) === 0 && (best < 0 || keys[i].length > keys[best].length)) { best = i; }
        }
        return best;
      }
      function fillFilters(meta) {
        ['service', 'type', 'cloud'].forEach(function (facet) {
          var select = document.getElementById('filter-' + facet);
          (meta.facets[facet] || []).forEach(function (pair) {
            var option = document.createElement('option');
            option.value = pair[0];
            option.textContent = pair[0] + ' (' + pair[1] + ')';
            if (pair[0] === chosen[facet]) { option.selected = true; }
            select.appendChild(option);
          });
          select.addEventListener('change', function () { document.getElementById('search-form').submit(); });
        });
      }
      function filterSet(meta) {
        var wanted = ['service', 'type', 'cloud'].filter(function (f) { return chosen[f]; });
        return Promise.all(wanted.map(function (facet) {
          var index = (meta.facets[facet] || []).findIndex(function (pair) { return pair[0] === chosen[facet]; });
          if (index < 0) { return Promise.resolve([]); }
          return get('f/' + facet.charAt(0) + index + '.json').then(function (deltas) {
            var ids = Object.create(null), id = 0;
            deltas.forEach(function (d) { id += d; ids[id] = true; });
            return ids;
          });
        })).then(function (sets) { return sets.length ? sets : null; });
      }
      function rank(meta, words, shards, allowed) {
        var docs = Object.create(null);
        words.forEach(function (word, w) {
          var shard = shards[shardOf(word, meta.shards)] || {};
          var matches = [];
          if (own(shard, word) && Array.isArray(shard[word])) { matches.push([shard[word], 1]); }
          if (w === words.length - 1) {
            Object.keys(shard).filter(function (t) { return t !== word && t.lastIndexOf(word, 0) === 0 && Array.isArray(shard[t]); })
              .sort(function (a, b) { return shard[b].length - shard[a].length; }).slice(0, 20)
              .forEach(function (t) { matches.push([shard[t], 0.5]); });
          }
          matches.forEach(function (match) {
            var postings = match[0], factor = match[1], id = 0;
            for (var i = 0; i < postings.length; i += 3) {
              id += postings[i];
              if (allowed && !allowed.every(function (set) { return set[id]; })) { continue; }
              var doc = docs[id] || (docs[id] = { id: id, score: 0, words: {}, sections: {} });
              var score = postings[i + 1] * factor;
              doc.score += score;
              doc.words[w] = true;
              doc.sections[postings[i + 2]] = (doc.sections[postings[i + 2]] || 0) + score;
            }
          });
        });
        return Object.keys(docs).map(function (k) {
          var doc = docs[k];
          doc.matched = Object.keys(doc.words).length;
          doc.section = Object.keys(doc.sections).sort(function (a, b) { return doc.sections[b] - doc.sections[a] || a - b; })[0] | 0;
          return doc;
        }).sort(function (a, b) { return b.matched - a.matched || b.score - a.score || a.id - b.id; });
      }
      function marked(parent, text, words) {
        if (!words.length) { parent.appendChild(document.createTextNode(text)); return; }
        // A term is marked where a word starts with it (as the index matches), not inside other words.
        var pattern = new RegExp('(?<![\\p{L}\\p{N}])(' + words.map(function (w) { return w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'); }).join('|') + ')', 'giu');
        text.split(pattern).forEach(function (part, i) {
          if (i % 2 === 1) {
            var mark = document.createElement('mark');
            mark.textContent = part;
            parent.appendChild(mark);
          } else if (part) {
            parent.appendChild(document.createTextNode(part));
          }
        });
      }
      function show(results, words, from) {
        var page = results.slice(from, from + 10);
        return Promise.all(page.map(function (r) { return get('d/' + r.id + '.json'); })).then(function (docs) {
          docs.forEach(function (doc, i) {
            var section = doc.sections[page[i].section] || doc.sections[0] || ['', null, ''];
            var item = document.createElement('li');
            var link = document.createElement('a');
            link.href = new URL('../' + doc.page + (section[0] ? '#' + encodeURIComponent(section[0]) : ''), base).href;
            marked(link, doc.title, words);
            var heading = document.createElement('strong');
            heading.appendChild(link);
            item.appendChild(heading);
            var meta = document.createElement('div');
            meta.className = 'meta';
            meta.textContent = [doc.service, doc.type].concat(doc.clouds).filter(Boolean).join(' · ');
            item.appendChild(meta);
            var snippet = document.createElement('p');
            snippet.className = 'snippet';
            if (section[1]) {
              var where = document.createElement('em');
              marked(where, section[1], words);
              snippet.appendChild(where);
              snippet.appendChild(document.createTextNode(' — '));
            }
            marked(snippet, section[2], words);
            item.appendChild(snippet);
            list.appendChild(item);
          });
          more.hidden = results.length <= from + 10;
          more.onclick = function () { show(results, words, from + 10); };
        });
      }
      get('meta.json').then(function (meta) {
        fillFilters(meta);
        var stop = Object.create(null);
        meta.stopWords.forEach(function (w) { stop[w] = true; });
        var words = terms(query, stop);
        if (!words.length) { say(query ? 'No searchable words in “' + query + '”.' : 'Type words to search ' + meta.documents + ' articles.'); return; }
        var needed = Object.create(null);
        words.forEach(function (w) { var s = shardOf(w, meta.shards); if (s >= 0) { needed[s] = true; } });
        var shards = {};
        return Promise.all(Object.keys(needed).map(function (s) {
          return get('t/' + s + '.json').then(function (shard) { shards[s] = shard; });
        })).then(function () { return filterSet(meta); }).then(function (allowed) {
          var results = rank(meta, words, shards, allowed);
          say(results.length ? results.length + ' articles for “' + query + '”' : 'No article matches “' + query + '”.');
          return show(results, words, 0);
        });
      }).catch(function (error) { say('Search failed: ' + error.message); });
    })();

    """#
}
