package org.peacetalks.spark;

import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.Serializable;

import org.apache.hadoop.conf.Configuration;

/** The driver's Hadoop configuration (file system settings, credentials providers) carried to the tasks. */
final class HadoopConf implements Serializable {
    private transient Configuration conf;

    HadoopConf(Configuration conf) { this.conf = conf; }

    Configuration get() { return conf; }

    private void writeObject(ObjectOutputStream out) throws IOException {
        out.defaultWriteObject();
        conf.write(out);
    }

    private void readObject(ObjectInputStream in) throws IOException, ClassNotFoundException {
        in.defaultReadObject();
        conf = new Configuration(false);
        conf.readFields(in);
    }
}
