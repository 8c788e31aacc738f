package dev.scrutiny.render;

import dev.scrutiny.article.Analysis;
import dev.scrutiny.entities.Entity;
import dev.scrutiny.entities.EntityType;
import java.util.List;

/** Entities grouped by type, with canonical name, stated roles and mention count. */
final class EntitiesSection implements ReportSection {

  @Override
  public Position position() {
    return Position.AFTER_TEXT;
  }

  @Override
  public boolean replacesTable(String layerName) {
    return layerName.equals(Entity.LAYER.name());
  }

  @Override
  public void render(Analysis a, String page, StringBuilder b) {
    if (a.layer(Entity.LAYER).isEmpty()) {
      return;
    }
    List<Entity> entities = a.items(Entity.LAYER);
    b.append("<details class=\"panel entities\" open><summary><h3>People, organisations and groups</h3> <span class=\"muted\">(")
        .append(entities.size()).append(" entities)</span></summary>\n");
    if (entities.isEmpty()) {
      b.append("<p class=\"muted\">No named entity found.</p></details>\n");
      return;
    }
    b.append("<table><thead><tr><th>Type</th><th>Name</th><th>Key</th><th>Roles stated</th><th>Mentions</th></tr></thead><tbody>\n");
    for (EntityType type : EntityType.values()) {
      for (Entity e : entities) {
        if (e.type() != type) {
          continue;
        }
        b.append("<tr><td><mark class=\"L-entities V-").append(type.name()).append("\">").append(type.name())
            .append("</mark></td><td>").append(Html.escape(e.name())).append("</td><td class=\"off\">")
            .append(Html.escape(e.key())).append("</td><td>").append(Html.escape(String.join("; ", e.roles())))
            .append("</td><td>").append(e.mentions().size()).append("</td></tr>\n");
      }
    }
    b.append("</tbody></table></details>\n");
  }
}
