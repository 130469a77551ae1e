package org.peacetalks.server;

import org.apache.jena.atlas.json.JsonBuilder;
import org.apache.jena.atlas.json.JsonValue;
import org.apache.jena.fuseki.ctl.ActionContainerItem;
import org.apache.jena.fuseki.ctl.JsonDescription;
import org.apache.jena.fuseki.server.DataAccessPoint;
import org.apache.jena.fuseki.server.ServerConst;
import org.apache.jena.fuseki.servlets.ActionLib;
import org.apache.jena.fuseki.servlets.HttpAction;
import org.apache.jena.fuseki.servlets.ServletOps;
import org.apache.jena.riot.web.HttpNames;

/**
 * {@code /$/datasets} and {@code /$/datasets/NAME} answering GET only: the JSON
 * description of the served datasets that the Fuseki UI reads. Fuseki's own
 * {@code ActionDatasets} also creates (POST) and deletes (DELETE) datasets on disk;
 * a public read-only server must not, so those methods get 405 here.
 */
final class ActionDatasetsReadOnly extends ActionContainerItem {

    @Override
    public void validate(HttpAction action) {}

    @Override
    protected JsonValue execGetContainer(HttpAction action) {
        JsonBuilder builder = new JsonBuilder();
        builder.startObject();
        builder.key(ServerConst.datasets);
        JsonDescription.arrayDatasets(builder, action.getDataAccessPointRegistry());
        builder.finishObject();
        return builder.build();
    }

    @Override
    protected JsonValue execGetItem(HttpAction action) {
        String name = getItemDatasetName(action);
        DataAccessPoint dap = getItemDataAccessPoint(action, name);
        if ( dap == null )
            ServletOps.errorNotFound("No such dataset: " + name);
        JsonBuilder builder = new JsonBuilder();
        JsonDescription.describe(builder, dap);
        return builder.build();
    }

    @Override
    protected JsonValue execPostContainer(HttpAction action) {
        ServletOps.errorMethodNotAllowed(HttpNames.METHOD_POST, "Read-only server: datasets cannot be created");
        return null;
    }

    @Override
    protected JsonValue execPostItem(HttpAction action) {
        ServletOps.errorMethodNotAllowed(HttpNames.METHOD_POST, "Read-only server: datasets cannot be changed");
        return null;
    }

    @Override
    protected void execDeleteItem(HttpAction action) {
        ServletOps.errorMethodNotAllowed(HttpNames.METHOD_DELETE, "Read-only server: datasets cannot be deleted");
    }

    @Override
    public void execOptions(HttpAction action) {
        ActionLib.doOptionsGetHead(action);
        ServletOps.success(action);
    }
}
